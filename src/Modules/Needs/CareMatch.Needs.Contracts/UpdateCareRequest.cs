using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Needs.Contracts;

/// <summary>The seeker changes their own request while it is a draft or open.</summary>
[SentBy(Roles.Seeker)]
public sealed record UpdateCareRequest : CareRequestDetails, ICommand
{
    public UpdateCareRequest(Guid requestId, CareRequestDetails details)
        : base(details) => RequestId = requestId;

    public Guid RequestId { get; init; }
}
