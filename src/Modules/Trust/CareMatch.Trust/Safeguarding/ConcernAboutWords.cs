using CareMatch.SharedKernel.Time;
using CareMatch.Trust.Contracts;

namespace CareMatch.Trust.Safeguarding;

/// <summary>
/// What a concern is about, in words that read after "About": the same on the raiser's form, their
/// list and the admins' queue. Never an address, and never the words of a message.
/// </summary>
internal static class ConcernAboutWords
{
    public static string Of(ConcernSubjectFacts about) => about.Subject switch
    {
        ConcernSubject.Message => "a message",
        ConcernSubject.Carer => $"{about.AboutName ?? "a carer"}, carer",
        ConcernSubject.Family => about.AboutName is { } name ? $"the family of {name}, the person cared for" : "the family of the person cared for",
        ConcernSubject.Visit => $"the visit on {Visit(about)}",
        _ => about.Subject.ToString(),
    };

    /// <summary>For the council's email, which may be forwarded: the kind of thing and a visit's times, never a name.</summary>
    public static string WithoutNames(ConcernSubjectFacts about) => about.Subject switch
    {
        ConcernSubject.Message => "a message between a family and a carer",
        ConcernSubject.Carer => "a carer",
        ConcernSubject.Family => "the family of a person cared for",
        ConcernSubject.Visit => $"a care visit on {Visit(about)} (UK time)",
        _ => about.Subject.ToString(),
    };

    /// <summary>"Tuesday 9 December 2026, 10am to 11am".</summary>
    public static string Visit(ConcernSubjectFacts about) =>
        about.VisitStartsAt is { } start && about.VisitEndsAt is { } end ? $"{TimeWords.DateTime(start)} to {TimeWords.Time(end)}" : "an unknown date";

    /// <summary>Sentence case, for the start of a table cell.</summary>
    public static string Capitalised(ConcernSubjectFacts about) => Of(about) is { Length: > 0 } words ? char.ToUpperInvariant(words[0]) + words[1..] : "";
}
