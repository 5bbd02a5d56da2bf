using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Payments.Contracts;

/// <summary>What a carer charging <see cref="HourlyRatePence"/> an hour is paid for an hour's care once CareMatch's commission is taken, in pence.</summary>
[SentBy(Roles.Commissioner)]
public sealed record GetCarerPayAfterFees(long HourlyRatePence) : IQuery<long>;
