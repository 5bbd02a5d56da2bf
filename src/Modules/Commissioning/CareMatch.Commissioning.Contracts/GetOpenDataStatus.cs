using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Commissioning.Contracts;

/// <summary>Open data, for anyone: whether the freshness promise is being kept.</summary>
[SentByAnyone]
public sealed record GetOpenDataStatus : IQuery<OpenDataFreshness>;
