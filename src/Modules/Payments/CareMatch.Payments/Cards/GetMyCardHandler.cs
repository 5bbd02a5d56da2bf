using CareMatch.Payments.Contracts;
using CareMatch.Payments.Gateway;
using CareMatch.Payments.Persistence;
using CareMatch.SharedKernel.Identity;
using Mediator;

namespace CareMatch.Payments.Cards;

internal sealed class GetMyCardHandler(PaymentsDbContext db, ICurrentUser currentUser, IPaymentGateway gateway) : IQueryHandler<GetMyCard, MyCard>
{
    public async ValueTask<MyCard> Handle(GetMyCard query, CancellationToken cancellationToken) =>
        MyCardView.Of(await MyPaymentCustomers.FindAsync(db, currentUser, cancellationToken), !gateway.MovesRealMoney);
}
