using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Commissioning.Contracts;

/// <summary>Open data, for anyone: the councils whose figures are published, with their districts, and how fresh the figures are.</summary>
[SentByAnyone]
public sealed record ListOpenDataCouncils : IQuery<OpenDataCatalogue>;
