using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Bookings.Contracts;

/// <summary>
/// For Matching: when carers are already booked, from now on (visits not cancelled, missed or
/// done), so the engine does not offer them work that clashes. One carer, or every carer.
/// </summary>
[SentByModules]
public sealed record ListBookedTimes(Guid? CarerProfileId = null) : IQuery<IReadOnlyDictionary<Guid, IReadOnlyList<BookedTime>>>;
