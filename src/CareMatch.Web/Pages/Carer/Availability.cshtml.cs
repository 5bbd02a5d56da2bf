using CareMatch.Accounts.Contracts;
using CareMatch.Providers.Contracts;
using CareMatch.SharedKernel.Input;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Carer;

/// <summary>
/// Weekly slots and time off on one form with a fixed number of rows, so it works without
/// JavaScript: blank rows are ignored, and saved rows come back with spare blank ones below.
/// </summary>
[Authorize(Roles = AccountRoles.Carer)]
public sealed class CarerAvailabilityModel(ISender sender) : PageModel
{
    public const int MinSlotRows = 7;
    public const int MinTimeOffRows = 3;

    [BindProperty]
    public AvailabilityInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var availability = await sender.Send(new GetMyAvailability(), cancellationToken);
        Input = AvailabilityInput.From(availability);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await sender.Send(Input.ToCommand(), cancellationToken);
        return RedirectToPage("/Carer/Index");
    }

    public sealed class AvailabilityInput
    {
        public List<SlotRow> Slots { get; set; } = [];

        public List<TimeOffRow> TimeOff { get; set; } = [];

        public static AvailabilityInput From(CarerAvailability availability)
        {
            var input = new AvailabilityInput
            {
                Slots = [.. availability.Slots.Select(s => new SlotRow
                {
                    Day = s.Day.ToString(),
                    Start = TimeOfDayInput.Write(s.Start),
                    End = TimeOfDayInput.Write(s.End),
                })],
                TimeOff = [.. availability.TimeOff.Select(t => new TimeOffRow { From = DateInput.Write(t.From), To = DateInput.Write(t.To) })],
            };
            input.Pad();
            return input;
        }

        /// <summary>Spare blank rows to fill in: at least the minimum, and always two more than saved.</summary>
        public void Pad()
        {
            while (Slots.Count < Math.Max(MinSlotRows, Slots.Count(s => !s.IsBlank) + 2)) Slots.Add(new SlotRow());
            while (TimeOff.Count < Math.Max(MinTimeOffRows, TimeOff.Count(t => !t.IsBlank) + 1)) TimeOff.Add(new TimeOffRow());
        }

        public SetMyAvailability ToCommand() => new(
            [.. Slots.Select(s => new WeeklySlotFields(s.Day, s.Start, s.End))],
            [.. TimeOff.Select(t => new TimeOffFields(t.From, t.To))]);
    }

    public sealed class SlotRow
    {
        public string? Day { get; set; }

        public string? Start { get; set; }

        public string? End { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Start) && string.IsNullOrWhiteSpace(End);
    }

    public sealed class TimeOffRow
    {
        public DateBoxes From { get; set; } = new(null, null, null);

        public DateBoxes To { get; set; } = new(null, null, null);

        public bool IsBlank => From.IsBlank && To.IsBlank;
    }
}
