using CareMatch.Accounts.Contracts;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Validation;

namespace CareMatch.Web.Infrastructure.CommandLine;

/// <summary>
/// <c>create-admin &lt;email&gt;</c>: makes the first admin. The password comes from the
/// CAREMATCH_ADMIN_PASSWORD environment variable or is typed at the prompt, never from code.
/// </summary>
public static class AdminCommand
{
    public const string Name = "create-admin";
    public const string PasswordVariable = "CAREMATCH_ADMIN_PASSWORD";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        if (args.Length < 2)
        {
            await Console.Error.WriteLineAsync($"Usage: {Name} <email>   (password from {PasswordVariable} or the prompt)");
            return 2;
        }
        var password = Environment.GetEnvironmentVariable(PasswordVariable);
        if (string.IsNullOrEmpty(password))
        {
            Console.Write("Password for the new admin (at least 8 characters): ");
            password = Console.ReadLine() ?? "";
        }

        await using var scope = services.CreateAsyncScope();
        try
        {
            // Nobody is signed in at the command line: the host sends this as a module would.
            await scope.ServiceProvider.GetRequiredService<IModuleSender>().Send(new CreateAdminAccount(args[1], password));
        }
        catch (InputValidationException invalid)
        {
            foreach (var message in invalid.Errors.SelectMany(e => e.Value)) await Console.Error.WriteLineAsync(message);
            return 1;
        }
        Console.WriteLine($"{args[1]} is an admin. Sign in at /Account/SignIn.");
        return 0;
    }
}
