namespace ZielSite.Publishing;

/// <summary>An HTTP response of the preview server: status code, content type, body, and the target of a redirect.</summary>
internal sealed record PreviewResponse(int Status, string ContentType, byte[] Body, string? Location = null);
