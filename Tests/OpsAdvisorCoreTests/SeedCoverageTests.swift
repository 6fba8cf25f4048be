@testable import OpsAdvisorCore
import Testing

/// One question per item of the seed document: it must reach the right intent and slots,
/// and the answer must carry that item's key fact.
struct SeedItem: CustomTestStringConvertible, Sendable {
  let question: String
  let intent: String
  let tracks: [TrackID]
  let factor: FactorID?
  let facts: [String]

  init(_ question: String, _ intent: String, _ tracks: [TrackID] = [], _ factor: FactorID? = nil,
    facts: [String])
  {
    (self.question, self.intent, self.tracks, self.factor, self.facts) = (question, intent, tracks, factor, facts)
  }

  var testDescription: String { question }
}

@Suite struct SeedCoverageTests {
  static let items: [SeedItem] = [
    // Title and date
    SeedItem("what document is this based on", "about", facts: ["May 12, 2026", "MLOps, LLMOps and AIOps"]),
    // One-line summaries and the main takeaway
    SeedItem("summarize mlops in one sentence", "overview", [.mlops], facts: ["training", "retraining"]),
    SeedItem("summarize llmops in one sentence", "overview", [.llmops], facts: ["serving", "evaluation", "latency and cost"]),
    SeedItem("summarize aiops in one sentence", "overview", [.aiops], facts: ["observability", "governance", "AgentOps", "enterprise AI reliability"]),
    SeedItem("give me the short answer", "overview", facts: ["drift", "token-aware", "wider AI platform layer"]),
    // Best fit when
    SeedItem("when is mlops the best fit", "fit", [.mlops], facts: ["clearest route into production machine learning lifecycle"]),
    SeedItem("when is llmops the best fit", "fit", [.llmops], facts: ["run large language model systems well"]),
    SeedItem("when is aiops the best fit", "fit", [.aiops], facts: ["observability, governance and platform reliability"]),
    // Recommended direction and the how-to-choose cards
    SeedItem("how should I decide between the tracks", "choose", facts: ["dominant system type"]),
    SeedItem("how to choose mlops", "choose", [.mlops], facts: ["drift, retraining and reproducibility", "structured predictive pipelines", "classical production ML"]),
    SeedItem("how to choose llmops", "choose", [.llmops], facts: ["Latency, throughput", "GenAI products and LLM infrastructure", "only LLMs bring"]),
    SeedItem("how to choose aiops", "choose", [.aiops], facts: ["AgentOps, security, policy", "platform and architecture", "modern AI workloads"]),
    // Sources of confusion
    SeedItem("why do people confuse these tracks", "confusion", facts: ["deployment, monitoring, automation", "catch-all", "predictive models, LLM systems and platform observability", "serving, monitoring and cloud infrastructure"]),
    // Definitions
    SeedItem("what is mlops", "definition", [.mlops], facts: ["drift", "retraining pipelines", "reproducibility"]),
    SeedItem("what is llmops", "definition", [.llmops], facts: ["serving", "throughput", "cost control"]),
    SeedItem("define aiops", "definition", [.aiops], facts: ["governance", "AgentOps", "enterprise AI controls"]),
    // The comparison table
    SeedItem("compare all three tracks", "comparison", facts: ["Core system type", "Main focus", "Best for", "Tool emphasis", "Project style", "Career outcome"]),
    SeedItem("compare the core system type of mlops and llmops", "comparison", [.mlops, .llmops], .systemType, facts: ["Classical machine learning models", "inference workflows"]),
    SeedItem("compare the main focus of the tracks", "comparison", [], .focus, facts: ["Deployment, drift handling", "prompt/model ops", "Governance, observability"]),
    SeedItem("compare mlops and aiops", "comparison", [.mlops, .aiops], facts: ["predictive ML systems", "AI Operations Engineer"]),
    SeedItem("compare tool emphasis of mlops llmops and aiops", "comparison", [.mlops, .llmops, .aiops], .tools, facts: ["MLflow, Kubeflow", "vLLM or TGI", "Observability stacks"]),
    SeedItem("compare project style between llmops and aiops", "comparison", [.llmops, .aiops], .projectStyle, facts: ["Serving and evaluation systems", "reliability"]),
    // Skills, tools, projects
    SeedItem("what skills does mlops need", "skills", [.mlops], facts: ["Pipeline automation", "drift handling", "Retraining workflows", "Registry and deployment discipline", "Production ML reliability"]),
    SeedItem("what skills for llmops", "skills", [.llmops], facts: ["LLM serving optimization", "Prompt and model operations", "Evaluation for GenAI systems", "token-aware performance", "LLM observability"]),
    SeedItem("aiops skills", "skills", [.aiops], facts: ["AI platform observability", "Governance and security controls", "AgentOps awareness", "Reliability engineering for AI systems", "Enterprise AI operations thinking"]),
    SeedItem("what tools does mlops use", "tools", [.mlops], .tools, facts: ["MLflow", "Kubeflow", "Airflow", "DVC", "model monitors"]),
    SeedItem("what tools does llmops use", "tools", [.llmops], .tools, facts: ["vLLM", "TGI", "prompt ops tooling", "evaluation stacks", "LLM tracing"]),
    SeedItem("tools for aiops", "tools", [.aiops], .tools, facts: ["KServe or Ray Serve", "observability tooling", "governance stacks", "security controls", "AgentOps tooling"]),
    SeedItem("projects llmops", "projects", [.llmops], .projectStyle, facts: ["LLM serving and evaluation platform", "Prompt and model ops workflow", "Cost-aware GenAI operations dashboard"]),
    SeedItem("aiops project ideas", "projects", [.aiops], .projectStyle, facts: ["AI platform observability system", "Governed enterprise AI deployment stack", "Agent-aware reliability and tracing workflow"]),
    SeedItem("what projects for mlops", "projects", [.mlops], .projectStyle, facts: ["Production ML lifecycle pipeline", "Model drift and retraining system", "Feature and deployment workflow"]),
    // Career mapping
    SeedItem("what job can I get with mlops", "career", [.mlops], .career, facts: ["MLOps Engineer or ML Platform Engineer", "predictive models"]),
    SeedItem("careers in llmops", "career", [.llmops], .career, facts: ["LLMOps Engineer or GenAI Platform Engineer", "serving, evaluation"]),
    SeedItem("where does aiops lead career wise", "career", [.aiops], .career, facts: ["AI Operations Engineer or Modern AI Platform Engineer", "widest platform view"]),
    // FAQ
    SeedItem("is llmops just a new name for mlops", "faq.llmops-vs-mlops", [.llmops, .mlops], facts: ["No.", "prompt ops", "token-aware cost and latency", "GenAI evaluation"]),
    SeedItem("where does aiops sit compared with mlops and llmops", "faq.aiops-position", [.aiops, .mlops, .llmops], facts: ["wider platform layer", "narrow model type"]),
    SeedItem("which track for classical ml", "faq.classical-ml", facts: ["MLOps", "classical machine learning"]),
    SeedItem("which track for llm products", "faq.llm-products", facts: ["LLMOps", "evaluating large language model systems"]),
    // The other meaning of AIOps
    SeedItem("isn't aiops about it incident management", "aiops-meaning", [.aiops], facts: ["incident", "IT operations"]),
  ]

  @Test(arguments: items)
  func reachesTheItem(_ item: SeedItem) {
    let reply = Fixtures.ask(item.question)
    #expect(reply.intent == item.intent)
    #expect(reply.tracks == item.tracks)
    if let factor = item.factor { #expect(reply.factor == factor) }
    let text = Fixtures.text(of: reply)
    for fact in item.facts {
      #expect(text.contains(fact), "missing \"\(fact)\" in:\n\(text)")
    }
    #expect(!reply.sources.isEmpty, "an answer about the seed names its source")
  }
}
