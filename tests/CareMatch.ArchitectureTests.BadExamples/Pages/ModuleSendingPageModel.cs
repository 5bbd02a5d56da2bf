using CareMatch.Needs.Contracts;
using CareMatch.SharedKernel.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.ArchitectureTests.BadExamples.Pages;

/// <summary>Bad: a page that sends as a module, so a modules-only query answers whoever is signed in.</summary>
public sealed class ModuleSendingPageModel(IModuleSender sender) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await sender.Send(new GetCareRequestFacts(id), cancellationToken) is null ? NotFound() : Page();
}
