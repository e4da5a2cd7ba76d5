"""Invented update wording per status. Every sentence is written so that its status is plain to a reader."""

TOPICS = {
    7: "the crime recording system change", 10: "the stalking training programme", 11: "the stalking problem profile",
    12: "the stalking screening tool", 13: "guidance on stalking protection orders", 14: "victim needs assessments",
    16: "the joint commissioning review", 17: "the case allocation policy", 18: "the investigation standards audit",
    20: "the online stalking toolkit", 22: "the dedicated stalking officer model", 23: "early crime screening",
    25: "the multi-agency stalking panel", 27: "the written response to the report", 28: "the published action plan",
}

TEXTS = {
    "complete": [
        "Work on {topic} has been completed and signed off by the force lead.",
        "{Topic} is now in place and has been published to all officers and staff.",
        "The force has reviewed {topic} and is satisfied that it meets the requirement.",
        "{Topic} was launched in January and compliance has been confirmed by audit.",
        "{Topic} has been implemented across all districts.",
    ],
    "bau": [
        "{Topic} is now business as usual and is monitored by the VAWG board.",
        "{Topic} is embedded into daily practice and checked through routine audits.",
        "This is BAU: {topic} forms part of normal business and is reported quarterly.",
    ],
    "in_progress": [
        "{Topic} is being developed with partners; the timeframe for completion cannot be confirmed yet.",
        "Work is ongoing with the Cheif Constables' working group to finalise {topic}.",
        "A draft of {topic} is under review by the public protection board.",
        "{Topic} is not yet in place; a pilot is running in two districts.",
        "The force is currently reviewing {topic} and will report back to the board.",
    ],
    "not_started": [
        "Work on {topic} has not yet started; it depends on national guidance.",
        "{Topic} is yet to start and has been added to next year's plan.",
        "No work has yet been started on {topic}.",
    ],
    "not_applicable": [
        "Not applicable to this force: {topic} is delivered nationally.",
    ],
}

# How forces write each status: a style is picked per force.
STATUS_WORDS = {
    "template": {"complete": "Action Complete", "bau": "BAU", "in_progress": "In Progress", "not_started": "Not started",
                 "not_applicable": "N/A", "pct": "In Progress {pct}%"},
    "rag": {"complete": "Green", "bau": "Green - BAU", "in_progress": "Amber", "not_started": "Red",
            "not_applicable": "N/A", "pct": "Amber - {pct}%"},
    "plain": {"complete": "Complete", "bau": "Business as usual", "in_progress": "Ongoing", "not_started": "Not yet started",
              "not_applicable": "Not applicable", "pct": "Partially complete ({pct}%)"},
    "varied": {"complete": "Completed", "bau": "Complete - BAU", "in_progress": "On track", "not_started": "Not commenced",
               "not_applicable": "Not relevant", "pct": "On track - {pct}%"},
}

OWNERS = ["DCI Head of Public Protection", "Supt Crime Standards", "Head of Learning and Development",
          "DCS Public Protection", "Force Crime Registrar", "Victim Services Manager", "Chief Inspector Safeguarding",
          "Head of Analysis", "ACC Crime", "Partnerships Manager"]
