using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Payments.Contracts;

/// <summary>Forgets the seeker's saved card, at Stripe too; refused while visits booked ahead would need it.</summary>
[SentBy(Roles.Seeker)]
public sealed record RemoveMyCard : ICommand;
