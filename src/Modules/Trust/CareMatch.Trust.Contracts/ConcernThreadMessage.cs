using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Trust.Contracts;

public sealed record ConcernThreadMessage(Guid Id, string Author, string Text, DateTimeOffset SentAt);
