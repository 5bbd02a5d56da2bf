using CareMatch.Payments.Contracts;
using CareMatch.Payments.Gateway;
using CareMatch.Payments.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Time;
using CareMatch.SharedKernel.Validation;
using Mediator;

namespace CareMatch.Payments.Payouts;

/// <summary>What Stripe's account.updated would say once onboarding is finished, for the simulated gateway only.</summary>
internal sealed class FinishTestOnboardingHandler(
    PaymentsDbContext db, ICurrentUser currentUser, IPaymentGateway gateway, PayoutAccountUpdates updates, IClock clock)
    : ICommandHandler<FinishTestOnboarding>
{
    public async ValueTask<Unit> Handle(FinishTestOnboarding command, CancellationToken cancellationToken)
    {
        if (gateway.MovesRealMoney) throw new AccessDeniedException();
        var account = await MyPayoutAccounts.FindAsync(db, currentUser, cancellationToken)
            ?? throw Refusal.Whole("Start setting up payouts first");
        updates.Apply(account, SimulatedGateway.Onboarded(account.GatewayAccountId), clock.UtcNow);
        return Unit.Value;
    }
}
