using CareMatch.Bookings.Contracts;
using CareMatch.Web.Infrastructure.Validation;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareMatch.Web.Pages.Bookings;

/// <summary>A booking for its two sides only (Bookings answers not found to anyone else): the visits to come, and ending it.</summary>
[Authorize]
public sealed class BookingDetailsModel(ISender sender) : PageModel, IReloadsAfterRefusal
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public EndInput Input { get; set; } = new();

    public BookingView Booking { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Booking = await sender.Send(new GetBooking(Id), cancellationToken);

    public async Task<IActionResult> OnPostEndAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new EndBooking(Id, Input.Reason), cancellationToken);
        return RedirectToPage(new { id = Id });
    }

    public Task ReloadAsync(CancellationToken cancellationToken) => OnGetAsync(cancellationToken);

    public sealed class EndInput
    {
        public string? Reason { get; set; }
    }
}
