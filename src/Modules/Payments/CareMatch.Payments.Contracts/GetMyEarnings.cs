using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Payments.Contracts;

/// <summary>The signed-in carer's pay per visit and the tax years they have earnings in.</summary>
[SentBy(Roles.Carer)]
public sealed record GetMyEarnings : IQuery<MyEarnings>;
