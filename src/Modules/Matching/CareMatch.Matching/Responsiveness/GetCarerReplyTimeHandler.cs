using CareMatch.Matching.CarerIndexing;
using CareMatch.Matching.Contracts;
using CareMatch.Matching.Engine.Scores;
using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Matching.Responsiveness;

/// <summary>
/// Read from this node's index, the same figure the shortlist ranks and shows; a carer the index
/// does not hold is not bookable, so not found.
/// </summary>
internal sealed class GetCarerReplyTimeHandler(CarerIndexHolder holder, IModuleSender sender) : IQueryHandler<GetCarerReplyTime, CarerReplyTime>
{
    public async ValueTask<CarerReplyTime> Handle(GetCarerReplyTime query, CancellationToken cancellationToken)
    {
        var card = await holder.ReadAsync(sender, (_, cards) => cards.GetValueOrDefault(query.ProfileId), cancellationToken)
            ?? throw new NotFoundException();
        return new CarerReplyTime(query.ProfileId, card.MedianReplyMinutes, ReplyTimeWords.Of(card.MedianReplyMinutes));
    }
}
