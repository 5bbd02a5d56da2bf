using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Trust.Contracts;

/// <summary>The signed-in seeker's or carer's threads, the most recently active first.</summary>
[SentBy(Roles.Seeker, Roles.Carer)]
public sealed record ListMyConversations : IQuery<IReadOnlyList<ConversationSummary>>;
