using CareMatch.Accounts.Contracts;
using CareMatch.Needs.Contracts;
using CareMatch.Providers.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Carer;

[Authorize(Roles = AccountRoles.Carer)]
public sealed class CarerDetailsModel(ISender sender) : PageModel
{
    [BindProperty]
    public DetailsInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var details = await sender.Send(new GetMyCarerDetails(), cancellationToken);
        Input = DetailsInput.From(details);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await sender.Send(Input.ToCommand(), cancellationToken);
        return RedirectToPage("/Carer/Index");
    }

    public sealed class DetailsInput
    {
        public string? Bio { get; set; }

        public string? TravelRadiusKm { get; set; }

        public List<CareType> CareTypes { get; set; } = [];

        public List<CareSkill> Skills { get; set; } = [];

        public string? Qualifications { get; set; }

        public string? Languages { get; set; }

        public string? Gender { get; set; }

        public bool Drives { get; set; }

        /// <summary>In pounds, as typed: the module turns it into pence and says what is wrong with it.</summary>
        public string? HourlyRate { get; set; }

        public static DetailsInput From(CarerDetails details) => new()
        {
            Bio = details.Bio,
            TravelRadiusKm = details.TravelRadiusKm?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            CareTypes = [.. details.CareTypes],
            Skills = [.. details.Skills],
            Qualifications = details.Qualifications,
            Languages = string.Join(", ", details.Languages),
            Gender = details.Gender?.ToString(),
            Drives = details.Drives,
            HourlyRate = details.HourlyRatePence is { } pence ? (pence / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : null,
        };

        // A radius that is not a whole number reaches the module as out of range, so the person
        // gets the module's message rather than the framework's.
        public UpdateMyCarerDetails ToCommand() => new(
            Bio,
            string.IsNullOrWhiteSpace(TravelRadiusKm) ? null
                : int.TryParse(TravelRadiusKm, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var km) ? km : -1,
            CareTypes,
            Skills,
            Qualifications,
            Languages,
            Enum.TryParse<CarerGender>(Gender, out var gender) ? gender : null,
            Drives,
            HourlyRate);
    }
}
