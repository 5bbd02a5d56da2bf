using CareMatch.Accounts.Contracts;
using CareMatch.Needs.Contracts;
using CareMatch.Providers.Contracts;
using CareMatch.SharedKernel.Input;
using CareMatch.SharedKernel.Values;
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
            TravelRadiusKm = details.TravelRadiusKm is { } km ? WholeNumberInput.Write(km) : null,
            CareTypes = [.. details.CareTypes],
            Skills = [.. details.Skills],
            Qualifications = details.Qualifications,
            Languages = string.Join(", ", details.Languages),
            Gender = details.Gender?.ToString(),
            Drives = details.Drives,
            HourlyRate = details.HourlyRatePence is { } pence ? PoundsInput.Write(new Money(pence)) : null,
        };

        public UpdateMyCarerDetails ToCommand() => new(
            Bio,
            TravelRadiusKm,
            CareTypes,
            Skills,
            Qualifications,
            Languages,
            Enum.TryParse<CarerGender>(Gender, out var gender) ? gender : null,
            Drives,
            HourlyRate);
    }
}
