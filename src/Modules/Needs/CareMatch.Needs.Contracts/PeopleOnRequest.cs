namespace CareMatch.Needs.Contracts;

/// <summary>
/// The people on a request. <paramref name="YouMayManage"/>: the asker may invite and withdraw
/// (the poster and the person cared for); <paramref name="YourName"/> is the name the asker gave
/// when they last invited someone.
/// </summary>
public sealed record PeopleOnRequest(
    Guid RequestId,
    string RecipientFirstName,
    CareRequestStatus Status,
    bool YouMayManage,
    string? YourName,
    PersonOnRequest Poster,
    IReadOnlyList<PersonOnRequest> People);
