using CareMatch.Matching.CarerIndexing;
using CareMatch.Matching.Contracts;
using CareMatch.Matching.Engine.Scores;
using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Matching.Responsiveness;

/// <summary>
/// Read from this node's index, the same figure the shortlist ranks and shows. A carer the index
/// does not hold yet (verified a moment ago, before this node heard) has no answers it knows of;
/// whether they may be seen at all is Providers' answer, not this one.
/// </summary>
internal sealed class GetCarerReplyTimeHandler(CarerIndexHolder holder, IModuleSender sender) : IQueryHandler<GetCarerReplyTime, CarerReplyTime>
{
    public async ValueTask<CarerReplyTime> Handle(GetCarerReplyTime query, CancellationToken cancellationToken)
    {
        var card = await holder.ReadAsync(sender, (_, cards) => cards.GetValueOrDefault(query.ProfileId), cancellationToken);
        var minutes = card?.MedianReplyMinutes;
        return new CarerReplyTime(query.ProfileId, minutes, ReplyTimeWords.Of(minutes));
    }
}
