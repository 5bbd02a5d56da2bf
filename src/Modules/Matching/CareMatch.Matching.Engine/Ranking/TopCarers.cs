namespace CareMatch.Matching.Engine.Ranking;

/// <summary>
/// The best N seen so far, as a heap with the weakest on top, so each eligible carer costs one
/// comparison unless it makes the cut. Equal scores are broken by carer id (lower first), so
/// the shortlist never depends on the order carers were visited in.
/// </summary>
internal sealed class TopCarers(int capacity)
{
    private readonly (double Score, Guid Id, int Slot, double DistanceKm)[] _heap = new (double, Guid, int, double)[capacity];
    private int _count;

    public void Offer(double score, Guid id, int slot, double distanceKm)
    {
        if (capacity == 0) return;
        if (_count < capacity)
        {
            _heap[_count] = (score, id, slot, distanceKm);
            SiftUp(_count++);
            return;
        }

        if (!Better(score, id, _heap[0].Score, _heap[0].Id)) return;
        _heap[0] = (score, id, slot, distanceKm);
        SiftDown(0);
    }

    /// <summary>Best first.</summary>
    public (double Score, Guid Id, int Slot, double DistanceKm)[] Ranked()
    {
        var ranked = _heap[.._count];
        Array.Sort(ranked, (a, b) => Better(a.Score, a.Id, b.Score, b.Id) ? -1 : Better(b.Score, b.Id, a.Score, a.Id) ? 1 : 0);
        return ranked;
    }

    public static bool Better(double score, Guid id, double otherScore, Guid otherId) =>
        score > otherScore || (score == otherScore && id.CompareTo(otherId) < 0);

    private void SiftUp(int at)
    {
        while (at > 0)
        {
            var parent = (at - 1) / 2;
            if (!Better(_heap[parent].Score, _heap[parent].Id, _heap[at].Score, _heap[at].Id)) return;
            (_heap[parent], _heap[at]) = (_heap[at], _heap[parent]);
            at = parent;
        }
    }

    private void SiftDown(int at)
    {
        while (true)
        {
            var weakest = at;
            var left = (2 * at) + 1;
            var right = left + 1;
            if (left < _count && Better(_heap[weakest].Score, _heap[weakest].Id, _heap[left].Score, _heap[left].Id)) weakest = left;
            if (right < _count && Better(_heap[weakest].Score, _heap[weakest].Id, _heap[right].Score, _heap[right].Id)) weakest = right;
            if (weakest == at) return;
            (_heap[weakest], _heap[at]) = (_heap[at], _heap[weakest]);
            at = weakest;
        }
    }
}
