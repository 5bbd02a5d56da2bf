using CareMatch.Providers.Details;
using CareMatch.SharedKernel.Input;
using CareMatch.SharedKernel.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CareMatch.IntegrationTests.Input;

/// <summary>
/// The same bad input gets the same message in every form that asks for that kind of value, up to
/// the field's label: a care request's date and a carer's credential date, a visit's time and an
/// availability slot's, a seeker's budget and a carer's rate (and the one form that asks for a whole
/// number, the carer's travel distance). Each is also the shared reader's message.
/// </summary>
public sealed class SameMessageEverywhereProperties
{
    private static readonly string[] DatePieces = ["", " ", "0", "00", "7", "07", "29", "31", "32", "2", "13", "March", "sept", "Marchember", "ma", "seven", "-1", "27", "1899", "2027", "2201", "20277"];

    private static readonly string[] TimePieces = ["", " ", "nine", "9", "24:00", "9:60", "13pm", "0am", "9:3", "09:30:00", "25", "9;30", "12.5", "noonish", "-9:30"];

    private static readonly string[] MoneyPieces = ["", " ", "twenty", "12.505", "$12", "12,50", "£", "1.2.3", "£-5", "12p", "1,2345", "99999999999999999999"];

    private static readonly string[] WholeNumberPieces = ["", " ", "lots", "2.5", "1e3", "1,5", "--3", "99999999999999999999"];

    private static readonly Arbitrary<DateBoxes> BadDates =
        Gen.Three(Gen.OneOf(Gen.Elements(DatePieces), ArbMap.Default.GeneratorFor<string>()))
            .Select(parts => new DateBoxes(parts.Item1, parts.Item2, parts.Item3))
            .Where(boxes => !DateInput.Read(boxes, "the date").IsValid)
            .ToArbitrary();

    private static readonly Arbitrary<string> BadTimes =
        Gen.OneOf(Gen.Elements(TimePieces), ArbMap.Default.GeneratorFor<string>())
            .Where(text => !TimeOfDayInput.Read(text, "the time").IsValid)
            .ToArbitrary();

    /// <summary>Not an amount of money at all (so no form's own limits come into it), or nothing or less.</summary>
    private static readonly Arbitrary<string> BadAmounts =
        Gen.OneOf(
                Gen.Elements(MoneyPieces),
                ArbMap.Default.GeneratorFor<string>().Where(text => !PoundsInput.Read(text, "x", new Money(long.MinValue), new Money(long.MaxValue)).IsValid),
                Gen.Choose(-100_000, 0).Select(pence => PoundsInput.Write(new Money(pence))))
            .ToArbitrary();

    /// <summary>Not a whole number at all, or one outside every range a form allows.</summary>
    private static readonly Arbitrary<string> BadWholeNumbers =
        Gen.OneOf(
                Gen.Elements(WholeNumberPieces),
                ArbMap.Default.GeneratorFor<string>().Where(text => !WholeNumberInput.Read(text, "x", int.MinValue, int.MaxValue).IsValid),
                Gen.Choose(-1000, 0).Select(WholeNumberInput.Write))
            .ToArbitrary();

    [Property(MaxTest = 300)]
    public Property A_bad_whole_number_gets_the_reader_s_message_in_the_form_that_asks_for_one() =>
        Prop.ForAll(BadWholeNumbers, text => SameEverywhere(InputForms.AskingForAWholeNumber, text, null,
            WholeNumberInput.Read(text, "{field}", TravelRadius.Least, TravelRadius.Most, TravelRadius.Unit).Error));

    [Property(MaxTest = 300)]
    public Property A_bad_date_gets_the_same_message_in_every_form_that_asks_for_a_date() =>
        Prop.ForAll(BadDates, boxes => SameEverywhere(InputForms.AskingForADate, null, boxes, DateInput.Read(boxes, "{field}").Error));

    [Property(MaxTest = 300)]
    public Property A_bad_time_gets_the_same_message_in_every_form_that_asks_for_a_time() =>
        Prop.ForAll(BadTimes, text => SameEverywhere(InputForms.AskingForATime, text, null, TimeOfDayInput.Read(text, "{field}").Error));

    [Property(MaxTest = 300)]
    public Property A_bad_amount_gets_the_same_message_in_every_form_that_asks_for_money() =>
        Prop.ForAll(BadAmounts, text => SameEverywhere(InputForms.AskingForMoney, text, null,
            PoundsInput.Read(text, "{field}", new Money(1), new Money(long.MaxValue)).Error));

    /// <summary>Each form's message, its label put back as {field}, is the reader's; shown with the form when not.</summary>
    private static Property SameEverywhere(IReadOnlyList<InputForms.Form> forms, string? typed, DateBoxes? boxes, string? expected)
    {
        var messages = forms.Select(form => (form.Name, Message: Unlabelled(form.MessageFor(typed, boxes).GetAwaiter().GetResult(), form.Label))).ToList();
        var report = string.Join("; ", messages.Select(m => $"{m.Name}: {m.Message ?? "(accepted)"}"));
        return messages.All(m => m.Message is not null && m.Message == expected).Label($"expected \"{expected}\", got {report}");
    }

    // The reader's label "{field}" has no capital, so both spellings of the form's label become it.
    private static string? Unlabelled(string? message, string label) =>
        message?.Replace(FirstUpper(label), "{field}", StringComparison.Ordinal).Replace(label, "{field}", StringComparison.Ordinal);

    private static string FirstUpper(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
