using System.Text;
using Scriban.Runtime;

namespace ZielSite.Templates;

/// <summary>
/// A Scriban output that appends to a reused <see cref="StringBuilder"/> and is never turned into one string:
/// <see cref="ToString"/> is empty, so <c>Template.Render</c> does not copy a page into a large string. The caller
/// reads the builder's chunks.
/// </summary>
internal sealed class BuilderOutput(StringBuilder builder) : IScriptOutput
{
    public StringBuilder Builder { get; } = builder;

    public void Write(string text, int offset, int count) => Builder.Append(text, offset, count);

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>Empty on purpose (see the class summary).</summary>
    public override string ToString() => "";
}
