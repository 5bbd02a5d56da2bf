using CareMatch.Trust.Contracts;
using FluentValidation;

namespace CareMatch.Trust.Safeguarding;

internal sealed class UpdateConcernValidator : AbstractValidator<UpdateConcern>
{
    public UpdateConcernValidator()
    {
        RuleFor(c => c.Note).Must((command, note) => command.Status is not null || !string.IsNullOrWhiteSpace(note))
            .WithMessage("Enter a note or choose a new status");
        RuleFor(c => c.Note).Must(note => note is null || note.Trim().Length <= SafeguardingText.MaxNoteLength)
            .WithMessage($"The note must be {SafeguardingText.MaxNoteLength:N0} characters or fewer");
        RuleFor(c => c.Status).Must(status => status is null || Enum.IsDefined(status.Value)).WithMessage("Choose a status from the list");
    }
}
