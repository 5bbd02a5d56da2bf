using CareMatch.ArchitectureTests.BadExamples.Outbox;
using CareMatch.ArchitectureTests.BadExamples.Persistence;
using CareMatch.Matching.Engine.Geography;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.ArchitectureTests.BadExamples.Pages;

/// <summary>Bad: queries a DbContext itself instead of sending a query to the module.</summary>
public sealed class InvoicesPageModel(InvoicesDbContext db) : PageModel
{
    public IReadOnlyList<long> Amounts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Amounts = await db.Invoices.Select(i => i.AmountPence).ToListAsync(cancellationToken);
}

/// <summary>Bad: publishes through the full mediator, and calls a module's implementation directly.</summary>
public sealed class DistancePageModel(IMediator mediator) : PageModel
{
    public double Kilometres { get; private set; }

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        Kilometres = GreatCircle.DistanceKm(51.5, -0.1, 52.2, 0.1);
        await mediator.Publish(new SomethingHappened(Guid.NewGuid()), cancellationToken);
    }
}

/// <summary>Good, for contrast: binds, sends, renders. The rule must not report it.</summary>
public sealed class ThinPageModel(ISender sender) : PageModel
{
    public object? Result { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Result = await sender.Send((object)new SomethingHappened(Guid.NewGuid()), cancellationToken);
}
