using System.Globalization;
using CareMatch.Accounts.Contracts;
using CareMatch.Matching.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Admin.Councils;

/// <summary>An admin sets how much each matching factor counts for one council's requests, or goes back to the defaults.</summary>
[Authorize(Roles = AccountRoles.Admin)]
public sealed class CouncilWeightsModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid CouncilId { get; set; }

    [BindProperty]
    public WeightsInput Input { get; set; } = new();

    /// <summary>Null when the page is shown again with errors: the form then keeps what was typed.</summary>
    public CouncilMatchWeights? Current { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Current = await sender.Send(new GetCouncilMatchWeights(CouncilId), cancellationToken);
        Input = WeightsInput.From(Current.Weights);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new SetCouncilMatchWeights(
            CouncilId, Input.Continuity, Input.Distance, Input.Preferences, Input.Rating, Input.Reliability, Input.Price, Input.Responsiveness, Input.NewCarerBoost), cancellationToken);
        return RedirectToPage(new { councilId = CouncilId });
    }

    public async Task<IActionResult> OnPostResetAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new ResetCouncilMatchWeights(CouncilId), cancellationToken);
        return RedirectToPage(new { councilId = CouncilId });
    }

    public sealed class WeightsInput
    {
        public string? Continuity { get; set; }

        public string? Distance { get; set; }

        public string? Preferences { get; set; }

        public string? Rating { get; set; }

        public string? Reliability { get; set; }

        public string? Price { get; set; }

        public string? Responsiveness { get; set; }

        public string? NewCarerBoost { get; set; }

        public static WeightsInput From(MatchWeightValues w) => new()
        {
            Continuity = Text(w.Continuity),
            Distance = Text(w.Distance),
            Preferences = Text(w.Preferences),
            Rating = Text(w.Rating),
            Reliability = Text(w.Reliability),
            Price = Text(w.Price),
            Responsiveness = Text(w.Responsiveness),
            NewCarerBoost = Text(w.NewCarerBoost),
        };

        public static string Text(double weight) => weight.ToString("0.###", CultureInfo.InvariantCulture);
    }
}
