namespace CareMatch.SharedKernel.Outbox;

/// <summary>Told when new outbox messages are committed, so the host can drain them now rather than at the next tick.</summary>
public interface IOutboxSignal
{
    void MessagesCommitted();
}
