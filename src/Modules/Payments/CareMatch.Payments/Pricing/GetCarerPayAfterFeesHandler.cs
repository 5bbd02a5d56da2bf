using CareMatch.Payments.Contracts;
using Mediator;

namespace CareMatch.Payments.Pricing;

/// <summary>The same pricing a visit is paid by, for one hour: the figure carers actually take home before their own costs.</summary>
internal sealed class GetCarerPayAfterFeesHandler(FeeSettings fees) : IQueryHandler<GetCarerPayAfterFees, long>
{
    public ValueTask<long> Handle(GetCarerPayAfterFees query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(CarePricing.ForCare(query.HourlyRatePence, new QuarterHours(4), fees).CarerGetsPence);
}
