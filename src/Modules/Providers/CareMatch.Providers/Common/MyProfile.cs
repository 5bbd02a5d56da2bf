using CareMatch.Providers.Persistence;
using CareMatch.Providers.Profiles;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Validation;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Providers.Common;

/// <summary>The signed-in carer's own profile, and only theirs: the id always comes from the sign-in, never the request.</summary>
internal static class MyProfile
{
    public static async Task<CarerProfile> LoadAsync(ProvidersDbContext db, ICurrentUser currentUser, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        return await db.CarerProfiles.Include(p => p.Credentials).SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken)
            ?? throw Refusal.Whole("We are still setting up your profile. Try again in a moment");
    }

    public static async Task<CarerProfile?> FindAsync(ProvidersDbContext db, ICurrentUser currentUser, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        return await db.CarerProfiles.AsNoTracking().Include(p => p.Credentials).SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
    }
}
