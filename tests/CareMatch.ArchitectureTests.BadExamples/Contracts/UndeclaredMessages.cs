using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.ArchitectureTests.BadExamples.Contracts;

/// <summary>Bad: says nothing about who may send it, so the access behaviour refuses everyone.</summary>
public sealed record UndeclaredCancelBooking(Guid BookingId) : ICommand;

/// <summary>Bad: "Carers" is no role, so no carer could ever send it.</summary>
[SentBy("Carers")]
public sealed record MisspeltRoleBookingQuery(Guid BookingId) : IQuery<bool>;

/// <summary>Good, for contrast: declared with a real role.</summary>
[SentBy(Roles.Seeker)]
public sealed record DeclaredBookingQuery(Guid BookingId) : IQuery<bool>;
