using CareMatch.SharedKernel.Identity;

namespace CareMatch.Benchmarks;

/// <summary>Who the load report acts as: an admin to set the council up, then its commissioner, as the pages would be asked.</summary>
internal sealed class CommissioningBenchmarkUser : ICurrentUser
{
    public string? UserId { get; set; }

    public string? Role { get; set; }

    public bool IsInRole(string role) => Role == role;
}
