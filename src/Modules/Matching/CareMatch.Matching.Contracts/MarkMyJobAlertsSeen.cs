using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Matching.Contracts;

/// <summary>The carer has read their alerts.</summary>
[SentBy(Roles.Carer)]
public sealed record MarkMyJobAlertsSeen : ICommand;
