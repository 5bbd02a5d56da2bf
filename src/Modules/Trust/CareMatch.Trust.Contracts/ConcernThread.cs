using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Trust.Contracts;

public sealed record ConcernThread(string Reference, string CarerName, string Sector, Guid ReportedMessageId, IReadOnlyList<ConcernThreadMessage> Messages);
