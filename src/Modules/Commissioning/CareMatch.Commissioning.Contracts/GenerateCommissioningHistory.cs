using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Commissioning.Contracts;

/// <summary>
/// For the demo and the benchmarks only: a made-up history of requests in <paramref name="Districts"/>
/// over the last <paramref name="Weeks"/> weeks, and about <paramref name="VisitsPerPersonPerWeek"/>
/// visits a week for each person from their first visit, by the district's made-up carers (kept too), written straight into Commissioning's facts (no
/// other module has these requests, and a rebuild forgets them). Nothing is made twice for the same
/// seed. How many requests and visits were made (0 when this seed's history exists already).
/// </summary>
[SentByModules]
public sealed record GenerateCommissioningHistory(IReadOnlyList<string> Districts, int Weeks, double RequestsPerDistrictPerWeek, double VisitsPerPersonPerWeek, int Seed) : ICommand<GeneratedHistory>;
