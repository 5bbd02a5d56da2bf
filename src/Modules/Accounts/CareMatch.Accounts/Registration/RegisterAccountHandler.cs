using CareMatch.Accounts.Contracts;
using CareMatch.Accounts.Persistence;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using CareMatch.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Accounts.Registration;

/// <summary>
/// Creates the identity, its role and the <see cref="UserRegistered"/> outbox row in one
/// transaction, so no account exists without its event and no event without its account.
/// </summary>
internal sealed class RegisterAccountHandler(
    UserManager<IdentityUser> users,
    AccountsDbContext db,
    IClock clock) : ICommandHandler<RegisterAccount, RegisteredAccount>
{
    public async ValueTask<RegisteredAccount> Handle(RegisterAccount command, CancellationToken cancellationToken)
    {
        var email = command.Email.Trim();
        var user = new IdentityUser { UserName = email, Email = email };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        ThrowIfFailed(await users.CreateAsync(user, command.Password));
        ThrowIfFailed(await users.AddToRoleAsync(user, command.Role));
        db.AddIntegrationEvent(new UserRegistered(user.Id, email, command.Role) { OccurredAt = clock.UtcNow });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return new RegisteredAccount(user.Id, email, command.Role);
    }

    private static void ThrowIfFailed(IdentityResult result)
    {
        if (result.Succeeded) return;
        var errors = result.Errors
            .GroupBy(FieldOf)
            .ToDictionary(g => g.Key, g => g.Select(MessageFor).ToArray());
        throw new InputValidationException(errors);
    }

    private static string FieldOf(IdentityError error) =>
        error.Code.Contains("Password", StringComparison.Ordinal) ? nameof(RegisterAccount.Password)
        : error.Code.Contains("Email", StringComparison.Ordinal) || error.Code.Contains("UserName", StringComparison.Ordinal)
            ? nameof(RegisterAccount.Email)
            : string.Empty;

    private static string MessageFor(IdentityError error) => error.Code switch
    {
        "DuplicateUserName" or "DuplicateEmail" =>
            "An account already exists for this email address. Sign in, or reset your password",
        _ => error.Description,
    };
}
