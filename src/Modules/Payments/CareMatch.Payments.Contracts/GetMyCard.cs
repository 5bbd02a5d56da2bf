using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Payments.Contracts;

/// <summary>The signed-in seeker's saved card, masked, if they have one.</summary>
[SentBy(Roles.Seeker)]
public sealed record GetMyCard : IQuery<MyCard>;
