using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Needs.Contracts;

/// <summary>The signed-in seeker saves a new request as a draft, or publishes it straight away. Returns its id.</summary>
[SentBy(Roles.Seeker)]
public sealed record CreateCareRequest : CareRequestDetails, ICommand<Guid>
{
    public CreateCareRequest(CareRequestDetails details, bool publish)
        : base(details) => Publish = publish;

    public bool Publish { get; init; }
}
