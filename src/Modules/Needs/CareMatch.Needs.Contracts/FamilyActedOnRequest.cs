using CareMatch.SharedKernel.Events;

namespace CareMatch.Needs.Contracts;

/// <summary>
/// Someone on the family's side did something about a request in another module (invited a carer,
/// approved a visit, wrote a review). Needs keeps it in the request's history with who did it, so
/// everyone acting for the person cared for can see who decided what.
/// </summary>
public sealed record FamilyActedOnRequest(Guid RequestId, string ActorUserId, string What) : IntegrationEvent;
