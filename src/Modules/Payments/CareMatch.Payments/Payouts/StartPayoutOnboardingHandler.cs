using CareMatch.Accounts.Contracts;
using CareMatch.Payments.Contracts;
using CareMatch.Payments.Gateway;
using CareMatch.Payments.Persistence;
using CareMatch.Providers.Contracts;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Validation;
using Mediator;

namespace CareMatch.Payments.Payouts;

/// <summary>
/// Makes the carer's Express account the first time (saved at once, so a second click reuses it
/// rather than making another at Stripe), then asks for a fresh onboarding link: links expire.
/// </summary>
internal sealed class StartPayoutOnboardingHandler(
    PaymentsDbContext db, ICurrentUser currentUser, IPaymentGateway gateway, IModuleSender sender)
    : ICommandHandler<StartPayoutOnboarding, Uri>
{
    public async ValueTask<Uri> Handle(StartPayoutOnboarding command, CancellationToken cancellationToken)
    {
        var account = await MyPayoutAccounts.FindAsync(db, currentUser, cancellationToken);
        if (account is null)
        {
            var profile = await sender.Send(new GetMyCarerProfile(), cancellationToken)
                ?? throw Refusal.Whole("We are still setting up your profile. Try again in a moment");
            var me = await sender.Send(new GetMyAccount(), cancellationToken) ?? throw new AccessDeniedException();
            var gatewayAccount = await gateway.CreatePayoutAccountAsync(me.Email, cancellationToken);
            account = PayoutAccount.Open(profile.ProfileId, profile.UserId, gatewayAccount, !gateway.MovesRealMoney);
            db.PayoutAccounts.Add(account);
            await db.SaveChangesAsync(cancellationToken);
        }
        return await gateway.OnboardingLinkAsync(
            account.GatewayAccountId, new OnboardingPages(command.ReturnTo, command.RefreshTo, command.TestOnboarding), cancellationToken);
    }
}
