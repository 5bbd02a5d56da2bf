using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Needs.Contracts;

/// <summary>The signed-in seeker saves a new request as a draft, or publishes it straight away. Returns its id.</summary>
[SentBy(Roles.Seeker)]
public sealed record CreateCareRequest : CareRequestDetails, ICommand<Guid>
{
    public CreateCareRequest(CareRequestDetails details, bool publish)
        : base(details) => Publish = publish;

    public bool Publish { get; init; }
}

/// <summary>The seeker changes their own request while it is a draft or open.</summary>
[SentBy(Roles.Seeker)]
public sealed record UpdateCareRequest : CareRequestDetails, ICommand
{
    public UpdateCareRequest(Guid requestId, CareRequestDetails details)
        : base(details) => RequestId = requestId;

    public Guid RequestId { get; init; }
}

/// <summary>The seeker publishes their draft so carers can see it.</summary>
[SentBy(Roles.Seeker)]
public sealed record PublishCareRequest(Guid RequestId) : ICommand;

/// <summary>The seeker withdraws their draft, open or booked request, saying why.</summary>
[SentBy(Roles.Seeker)]
public sealed record CancelCareRequest(Guid RequestId, string? Reason) : ICommand;
