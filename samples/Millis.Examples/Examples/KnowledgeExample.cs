// Task: let an agent answer from your documents. Ask for a presigned upload URL, upload the file to it (an S3-style form
// POST), register the uploaded file, and attach it to an agent's knowledge base.
using System.Globalization;
using System.Net.Http;
using System.Text;
using Millis.Agents;
using Millis.Models;

namespace Millis.Examples.Examples;

internal static class KnowledgeExample
{
    public static async Task RunAsync(ExampleContext ctx)
    {
        var client = ctx.Client;
        var ct = ctx.CancellationToken;
        const string fileName = "opening-hours.txt";
        var content = Encoding.UTF8.GetBytes("Mon-Fri 8:00-18:00, Sat 9:00-13:00, closed on Sundays.");

        // 1. A presigned URL plus the form fields the storage expects (fields["key"] is where the file will live).
        PresignedUrlResponse presigned = await client.Knowledge.GeneratePresignedUrlAsync(fileName, ct);
        var objectKey = presigned.Fields?.TryGetValue("key", out var key) == true ? Convert.ToString(key, CultureInfo.InvariantCulture)! : fileName;

        // 2. Upload: multipart/form-data with every field, then the file. Not a Millis API call, so the SDK does not send it.
        if (Uri.TryCreate(presigned.Url, UriKind.Absolute, out var uploadUrl) && uploadUrl.Scheme == Uri.UriSchemeHttps)
        {
            using var http = new HttpClient();
            using var form = UploadForm(presigned, fileName, content);
            using var response = await http.PostAsync(uploadUrl, form, ct);
            response.EnsureSuccessStatusCode();
            ctx.Say($"uploaded {content.Length} bytes to {uploadUrl.Host}");
        }
        else
        {
            // The mock answers with the placeholder "string" instead of a URL: build the form but do not send it.
            using var form = UploadForm(presigned, fileName, content);
            ctx.Say($"would upload {content.Length} bytes in {form.Count()} form part(s) to '{presigned.Url}' (not a URL: the mock's placeholder)");
        }

        // 3. Register the uploaded file.
        MillisResult created = await client.Knowledge.CreateFileAsync(new CreateFileRequest
        {
            ObjectKey = objectKey,
            Name = fileName,
            Description = "Opening hours of every branch",
            FileType = "text/plain",
            Size = content.Length,
        }, ct);
        ctx.Say($"registered: {created}");

        IReadOnlyList<KnowledgeFile> files = await client.Knowledge.ListFilesAsync(ct);
        var file = files.FirstOrDefault(f => f.Name == fileName) ?? files.FirstOrDefault();
        if (file is null)
        {
            ctx.Say("the file list is empty");
            return;
        }

        ctx.Say($"file {file.Id}: {file.Name}, {file.Size} bytes, {file.FileType}");

        // 4. Attach it: either on an agent you have, or in the config of a new one.
        var agent = await client.Agents.CreateAsync("Hours bot", new AgentConfigBuilder()
            .WithPrompt("Answer questions about our opening hours from the knowledge base.")
            .WithVoice(Voice.ElevenLabs("21m00Tcm4TlvDq8ikWAM"))
            .WithKnowledgeBase([file.Id], ["Let me check that for you."])
            .Build(), ct);
        await client.Knowledge.SetAgentFilesAsync(agent.Id, [file.Id], ["One moment, please."], ct);
        ctx.Say($"attached {file.Id} to agent {agent.Id}");

        await client.Agents.DeleteAsync(agent.Id, ct);
        await client.Knowledge.DeleteFileAsync(file.Id, ct);
        ctx.Say("deleted the agent and the file");
    }

    private static MultipartFormDataContent UploadForm(PresignedUrlResponse presigned, string fileName, byte[] content)
    {
        var form = new MultipartFormDataContent();
        foreach (var field in presigned.Fields ?? new Dictionary<string, object>())
        {
            form.Add(new StringContent(Convert.ToString(field.Value, CultureInfo.InvariantCulture) ?? ""), field.Key);
        }

        form.Add(new ByteArrayContent(content), "file", fileName);   // the file goes last in a presigned POST
        return form;
    }
}
