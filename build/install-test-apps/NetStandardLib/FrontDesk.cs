// build/install-test: compiled against the package's netstandard2.0 assembly (C# 7.3, no nullable annotations).
using System;
using System.Threading.Tasks;
using Millis;
using Millis.Agents;
using Millis.Chat;
using Millis.Models;

namespace NetStandardLib
{
    /// <summary>A library that creates an agent and asks it one question.</summary>
    public static class FrontDesk
    {
        /// <summary>Creates an agent at <paramref name="baseUrl"/>, sends one chat message and returns the reply.</summary>
        public static async Task<string> AskAsync(Uri baseUrl, string question)
        {
            using (var client = new MillisClient(new MillisClientOptions { ApiKey = "install-test", BaseUrl = baseUrl }))
            {
                var config = new AgentConfigBuilder()
                    .WithPrompt("You answer questions about opening hours.")
                    .WithVoice(Voice.ElevenLabs("voice-1"))
                    .Build();
                var agent = await client.Agents.CreateAsync("Install check (netstandard2.0)", config).ConfigureAwait(false);
                var reply = await client.Chat.CompleteAsync(ChatRequest.ForAgent(agent.Id).AddUser(question)).ConfigureAwait(false);
                return reply.Text;
            }
        }
    }
}
