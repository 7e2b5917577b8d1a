using Millis.Models;
using Millis.Tests.TestSupport;

namespace Millis.Tests.Knowledge;

public class KnowledgeClientTests
{
    [Test]
    public async Task CreateFileAsync_PostsTheFileDescription_AndReturnsTheJson()
    {
        using var api = new ApiStub().RespondJson("""{"id":"file-1"}""");

        var result = await api.Client.Knowledge.CreateFileAsync(new CreateFileRequest
        {
            ObjectKey = "uploads/faq.txt", Description = "FAQ", Name = "faq.txt", FileType = "text/plain", Size = 1234,
        });

        api.Single.AssertShape("POST", "/knowledge/create_file",
            """{"object_key":"uploads/faq.txt","description":"FAQ","name":"faq.txt","file_type":"text/plain","size":1234}""");
        Assert.That(result.GetString("id"), Is.EqualTo("file-1"));
    }

    [Test]
    public async Task DeleteFileAsync_PostsTheId()
    {
        using var api = new ApiStub().RespondJson("""{"ok":true}""");

        var result = await api.Client.Knowledge.DeleteFileAsync("file-1");

        api.Single.AssertShape("POST", "/knowledge/delete_file", """{"id":"file-1"}""");
        Assert.That(result.GetString("ok"), Is.EqualTo("true"));
    }

    [Test]
    public async Task GeneratePresignedUrlAsync_PostsTheFileName_AndReturnsUrlAndFields()
    {
        using var api = new ApiStub().RespondJson("""{"url":"https://s3.test/bucket","fields":{"key":"uploads/faq.txt"}}""");

        var presigned = await api.Client.Knowledge.GeneratePresignedUrlAsync("faq.txt");

        api.Single.AssertShape("POST", "/knowledge/generate_presigned_url", """{"filename":"faq.txt"}""");
        Assert.That(presigned.Url, Is.EqualTo("https://s3.test/bucket"));
        Assert.That(presigned.Fields["key"]?.ToString(), Is.EqualTo("uploads/faq.txt"));
    }

    [Test]
    public async Task ListFilesAsync_GetsTheFiles()
    {
        using var api = new ApiStub().RespondJson("""[{"id":"file-1","description":"FAQ","name":"faq.txt","file_type":"text/plain","size":1234,"create_at":1700000000.0}]""");

        var files = await api.Client.Knowledge.ListFilesAsync();

        api.Single.AssertShape("GET", "/knowledge/list_files");
        Assert.That(files.Select(f => (f.Id, f.Size)), Is.EqualTo(new[] { ("file-1", 1234) }));
    }

    [Test]
    public async Task SetAgentFilesAsync_PostsAgentFilesAndMessages()
    {
        using var api = new ApiStub().RespondJson("{}");

        await api.Client.Knowledge.SetAgentFilesAsync("agent-1", ["file-1", "file-2"], ["One moment..."]);

        api.Single.AssertShape("POST", "/knowledge/set_agent_files", """{"agent_id":"agent-1","files":["file-1","file-2"],"messages":["One moment..."]}""");
    }

    [Test]
    public async Task SetAgentFilesAsync_LeavesOutMessagesWhenNoneAreGiven()
    {
        using var api = new ApiStub().RespondJson("{}");

        await api.Client.Knowledge.SetAgentFilesAsync("agent-1", ["file-1"]);

        api.Single.AssertShape("POST", "/knowledge/set_agent_files", """{"agent_id":"agent-1","files":["file-1"]}""");
    }
}
