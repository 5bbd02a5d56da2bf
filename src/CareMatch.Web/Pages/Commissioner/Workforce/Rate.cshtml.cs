using CareMatch.Accounts.Contracts;
using CareMatch.Commissioning.Contracts;
using CareMatch.SharedKernel.Input;
using CareMatch.SharedKernel.Values;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Commissioner.Workforce;

/// <summary>The commissioner sets the hourly rate their council's framework pays, which carers' rates are shown against.</summary>
[Authorize(Roles = AccountRoles.Commissioner)]
public sealed class FrameworkRateModel(ISender sender) : PageModel
{
    [BindProperty]
    public RateInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await sender.Send(new GetMyFrameworkRate(), cancellationToken) is { } pence) Input.HourlyRate = PoundsInput.Write(new Money(pence));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new SetMyFrameworkRate(Input.HourlyRate), cancellationToken);
        return RedirectToPage("/Commissioner/Workforce/Index", new { rateSaved = true });
    }

    public sealed class RateInput
    {
        public string? HourlyRate { get; set; }
    }
}
