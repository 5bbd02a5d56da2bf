namespace CareMatch.Commissioning.Contracts;

/// <summary>One reason requests wait, in words, with how many wait for it (as published) and, for availability, the part of the week most carers could not do when 5 or more requests share it.</summary>
public sealed record UnmetReason(string Reason, PublishedCount Requests, string? MostOftenMissed);
