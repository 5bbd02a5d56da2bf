using CareMatch.Accounts.Contracts;
using CareMatch.Providers.Contracts;
using CareMatch.SharedKernel.Input;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Carer.Credentials;

[Authorize(Roles = AccountRoles.Carer)]
[UploadSizeLimit]
public sealed class SubmitCredentialModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public CredentialKind Kind { get; set; }

    [BindProperty]
    public CredentialInput Input { get; set; } = new();

    public IActionResult OnGet() => Enum.IsDefined(Kind) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(Kind)) return NotFound();
        await using var evidence = Input.Evidence?.OpenReadStream();
        await sender.Send(new SubmitMyCredential(
            Kind, evidence, Input.Evidence?.Length ?? 0, Input.CertificateNumber, Input.IssuedOn,
            Input.OnUpdateService, Input.ExpiresOn, Input.RefereeName), cancellationToken);
        return RedirectToPage("/Carer/Credentials/Index");
    }

    public sealed class CredentialInput
    {
        public IFormFile? Evidence { get; set; }

        public string? CertificateNumber { get; set; }

        public DateBoxes IssuedOn { get; set; } = new(null, null, null);

        public bool OnUpdateService { get; set; }

        public DateBoxes ExpiresOn { get; set; } = new(null, null, null);

        public string? RefereeName { get; set; }
    }
}
