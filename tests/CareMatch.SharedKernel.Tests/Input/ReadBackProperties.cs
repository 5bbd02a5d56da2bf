using System.Globalization;
using CareMatch.SharedKernel.Input;
using CareMatch.SharedKernel.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CareMatch.SharedKernel.Tests.Input;

/// <summary>Each reader reads back what our own formatter writes, over the whole range it accepts.</summary>
public sealed class ReadBackProperties
{
    private static readonly Arbitrary<DateOnly> AnyAcceptedDate = Gen.Choose(
            new DateOnly(DateInput.EarliestYear, 1, 1).DayNumber, new DateOnly(DateInput.LatestYear, 12, 31).DayNumber)
        .Select(DateOnly.FromDayNumber).ToArbitrary();

    private static readonly Arbitrary<TimeOnly> AnyMinuteOfTheDay = Gen.Choose(0, 24 * 60 - 1)
        .Select(minute => new TimeOnly(minute / 60, minute % 60)).ToArbitrary();

    private static readonly Arbitrary<Money> AnyAmountUpToTenMillionPounds =
        Gen.Choose(0, 10_000_000).SelectMany(pounds => Gen.Choose(0, 99).Select(pence => new Money(pounds * 100L + pence))).ToArbitrary();

    private static readonly Money TenMillionPounds = new(10_000_000_99);

    [Property(MaxTest = 2000)]
    public Property A_written_date_reads_back_as_the_same_date() =>
        Prop.ForAll(AnyAcceptedDate, date => DateInput.Read(DateInput.Write(date), "the date").Expect() == date);

    [Property(MaxTest = 2000)]
    public Property A_written_time_reads_back_as_the_same_minute() =>
        Prop.ForAll(AnyMinuteOfTheDay, time => TimeOfDayInput.Read(TimeOfDayInput.Write(time), "the time").Expect() == time);

    [Property(MaxTest = 2000)]
    public Property A_written_amount_reads_back_as_the_same_pence() =>
        Prop.ForAll(AnyAmountUpToTenMillionPounds, amount =>
            PoundsInput.Read(PoundsInput.Write(amount), "the amount", Money.Zero, TenMillionPounds).Expect() == amount);

    private static readonly Arbitrary<(int Least, int Most, int Number)> AnyNumberInItsRange =
        Gen.Choose(-1_000_000, 1_000_000)
            .SelectMany(least => Gen.Choose(least, least + 1_000_000)
                .SelectMany(most => Gen.Choose(least, most).Select(number => (least, most, number))))
            .ToArbitrary();

    [Property(MaxTest = 2000)]
    public Property A_written_whole_number_reads_back_within_its_range() =>
        Prop.ForAll(AnyNumberInItsRange, x =>
            WholeNumberInput.Read(WholeNumberInput.Write(x.Number), "the number", x.Least, x.Most).Expect() == x.Number);

    [Property(MaxTest = 2000)]
    public Property Every_way_of_typing_a_minute_reads_as_that_minute() =>
        Prop.ForAll(AnyMinuteOfTheDay, time =>
        {
            var twelveHour = time.Hour % 12 == 0 ? 12 : time.Hour % 12;
            var half = time.Hour < 12 ? "am" : "pm";
            string[] forms =
            [
                time.ToString("H:mm", CultureInfo.InvariantCulture),
                time.ToString("HHmm", CultureInfo.InvariantCulture),
                time.ToString("H.mm", CultureInfo.InvariantCulture),
                $"{twelveHour}:{time.Minute:00}{half}",
                $"{twelveHour}.{time.Minute:00} {half.ToUpperInvariant()}",
            ];
            return forms.All(form => TimeOfDayInput.Read(form, "the time").Expect() == time);
        });

    [Property(MaxTest = 1000)]
    public Property An_amount_with_a_pound_sign_and_commas_reads_as_the_same_pence() =>
        Prop.ForAll(AnyAmountUpToTenMillionPounds, amount =>
        {
            var typed = (amount.Pence / 100m).ToString("£#,0.00", CultureInfo.InvariantCulture);
            return PoundsInput.Read(typed, "the amount", Money.Zero, TenMillionPounds).Expect() == amount;
        });

    [Property(MaxTest = 1000)]
    public Property A_month_typed_as_its_name_reads_as_its_number() =>
        Prop.ForAll(AnyAcceptedDate, date =>
        {
            var name = date.ToString("MMMM", CultureInfo.InvariantCulture);
            return DateInput.Read(new DateBoxes($"0{date.Day}"[^2..], name, $"{date.Year}"), "the date").Expect() == date
                && DateInput.Read(new DateBoxes($"{date.Day}", name[..3].ToLowerInvariant(), $" {date.Year} "), "the date").Expect() == date;
        });
}
