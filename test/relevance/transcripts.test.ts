import { expect } from 'chai';
import { join } from 'node:path';
import { assist } from '../../src/assist/assist.js';
import { evaluate } from '../../src/eval/evaluate.js';
import { readEvalSet, type EvalCase } from '../../src/eval/readEvalSet.js';
import { FIXTURES } from '../support/paths.js';
import { sampleKb } from '../support/sampleKb.js';

/**
 * Agent assist on the development call transcripts (written blind: greetings, identity
 * checks, amounts, codes, changes of subject). Floors sit under the measured figures
 * (README, "Relevance"); the target is Recall@3 ≥ 0.90.
 */
describe('development call transcripts', () => {
  const cases = readEvalSet(join(FIXTURES, 'transcripts.dev.jsonl'));
  const { kb } = sampleKb();
  const rank = (c: EvalCase) => assist(kb, c.transcript!, { limit: 10 }).hits.map((h) => h.id);
  /** The calls in scope of the given fixture files. */
  const inScopeCalls = (...files: string[]) => files.flatMap((f) => readEvalSet(join(FIXTURES, f))).filter((c) => c.expected.length > 0);
  /** A round's call set (30 in domain, 6 out of scope) holds its floor: MRR@10 over its calls in domain. */
  const ranksBlindCalls = (n: number, floor: number) => {
    const calls = inScopeCalls(`transcripts.blind${n}.jsonl`);
    expect(calls.length).to.be.at.least(30);
    expect(evaluate(calls, rank).mrr, `MRR@10 on blind${n} calls`).to.be.at.least(floor);
  };

  it('has at least 40 transcripts of 1–6 turns in Chinese and English', () => {
    expect(cases.length).to.be.at.least(40);
    expect(cases.every((c) => c.transcript && c.transcript.length >= 1 && c.transcript.length <= 6)).to.equal(true);
    expect(cases.some((c) => /[\u4e00-\u9fff]/.test(c.query))).to.equal(true);
    expect(cases.some((c) => /^[\x00-\x7f]*$/.test(c.query))).to.equal(true);
  });

  it('keeps Recall@3 and MRR above their floors', () => {
    const report = evaluate(cases, rank);
    expect(report.recall_at_3, 'Recall@3').to.be.at.least(0.93);
    expect(report.mrr, 'MRR@10').to.be.at.least(0.9);
  });

  it('does not let an earlier problem in a long call drown the latest one', () => {
    // Two real calls back to back: the article for the second one must still win.
    const spliced = cases.flatMap((a, i) => {
      const b = cases[(i * 7 + 3) % cases.length]!;
      const sameLanguage = /[\u4e00-\u9fff]/.test(a.query) === /[\u4e00-\u9fff]/.test(b.query);
      if (a.expected.some((e) => b.expected.includes(e)) || !sameLanguage) return [];
      return [{ ...b, transcript: [...a.transcript!, ...b.transcript!] }];
    });
    expect(spliced.length).to.be.at.least(40);
    const report = evaluate(spliced, rank);
    // The opening turn of the first call keeps some weight (TURN_WEIGHTS.opening), the price of
    // keeping a long call's problem: MRR 0.94 without it, 0.88 with it (0.905 since the decay is 0.8).
    expect(report.mrr, 'MRR@10 on spliced calls').to.be.at.least(0.85);
    expect(report.recall_at_3, 'Recall@3 on spliced calls').to.be.at.least(0.93);
  });

  it('finds the screening playbook for a payment held in compliance review whose reason the agent may not give', () => {
    // The playbook was asked only as agents ask it (客户问是不是上了黑名单): callers reached paying a supplier first,
    // and over the fixtures' calls it came first in 33 of the 68 about it; with callers' own questions, 38.
    const call = [
      { speaker: 'agent' as const, text: '您好 鲸帆跨境 请问有什么可以帮您' },
      { speaker: 'customer' as const, text: '我上周给土耳其的供应商付了两万美金 到现在还显示合规审核中 怎么回事' },
      { speaker: 'agent' as const, text: '这笔付款在例行审核中 具体原因没办法透露 请您理解' },
      { speaker: 'customer' as const, text: '到底在查什么 是不是我供应商有问题 你们为什么不能说' },
    ];
    expect(assist(kb, call, { limit: 5 }).hits[0]?.id).to.equal('compliance-screening-hit-handling');
  });

  it('keeps the problem of long calls written blind (12–18 turns: identity checks, details, goodbyes)', () => {
    const long = inScopeCalls('transcripts.blind6.jsonl', 'transcripts.blind7.jsonl');
    expect(long.length).to.be.at.least(18);
    expect(long.every((c) => c.transcript!.length >= 12)).to.equal(true);
    // MRR@10 0.62 on c65183c, before the opening turn kept its weight (TURN_WEIGHTS.opening) and courtesies were left out; 0.83 after.
    expect(evaluate(long, rank).mrr, 'MRR@10 on long blind calls').to.be.at.least(0.78);
  });

  it('ranks the calls of blind8 (short to long, some changing subject), read by no one before this floor', () => {
    const calls = inScopeCalls('transcripts.blind8.jsonl');
    expect(calls.length).to.be.at.least(9);
    expect(evaluate(calls, rank).mrr, 'MRR@10 on blind8 calls').to.be.at.least(0.85);
  });

  it('ranks the calls of blind9 and blind10 (3–19 turns, introductions first, Cantonese, a second problem raised late)', () => {
    const calls = inScopeCalls('transcripts.blind9.jsonl', 'transcripts.blind10.jsonl');
    expect(calls.length).to.be.at.least(28);
    // 0.64 (blind9) and 0.81 (blind10) with a decay of 0.6 a turn; 0.80 and 0.79 with 0.8.
    expect(evaluate(calls, rank).mrr, 'MRR@10 on blind9 and blind10 calls').to.be.at.least(0.75);
  });

  it('ranks the calls of blind12 to blind82 (4–20 turns, small talk first, a third of them drifting to a second problem)', () => {
    const sets = Array.from({ length: 82 - 12 + 1 }, (_, i) => `transcripts.blind${12 + i}.jsonl`);
    const calls = inScopeCalls(...sets);
    expect(calls.length).to.be.at.least(56 + 24 * 16 + 26 * 22 + 7 * 32 + 4 * 22);
    // 0.95 (blind12), 1.00 (blind13), 0.95 (blind14), 0.975 (blind15), 0.9375 (blind16), 0.9375 (blind17), 0.9583 (blind18), 0.9688 (blind19), 0.9271 (blind20), 0.9531 (blind21), 0.9688 (blind22), 0.9271 (blind23), 0.9688 (blind24), 0.9688 (blind25), 1.00 (blind26), 1.00 (blind27), 1.00 (blind28), 1.00 (blind29), 1.00 (blind30), 0.92 (blind31), 0.82 (blind32), 0.97 (blind33), 0.95 (blind34), 0.94 (blind35), 1.00 (blind36), 0.93 (blind37), 0.87 (blind38), 0.89 (blind39), 1.00 (blind40), 0.92 (blind41), 0.89 (blind42), 0.92 (blind43), 0.92 (blind44), 0.89 (blind45), 0.92 (blind46), 0.87 (blind47), 0.86 (blind48), 0.91 (blind49), 0.95 (blind50), 0.91 (blind51), 0.97 (blind52), 0.95 (blind53), 0.89 (blind54), 0.95 (blind55), 0.92 (blind56), 0.87 (blind57), 0.98 (blind58), 0.86 (blind59), 0.89 (blind60), 0.84 (blind61), 0.92 (blind62), 0.90 (blind63), 0.98 (blind64), 0.94 (blind65), 0.93 (blind66), 0.93 (blind67), 0.85 (blind68), 0.87 (blind69), 0.98 (blind70), 0.92 (blind71), 0.80 (blind72), 1.00 (blind73), 0.98 (blind74), 0.98 (blind75), 0.94 (blind76), 0.98 (blind77), 0.91 (blind78), 0.89 (blind79), 0.87 (blind80), 0.97 (blind81) and 0.93 (blind82) when they were written (0.97, 0.86 and 1.00 for blind31–33 once a closing turn weighed as the agent's; 0.9384 → 0.9528 over all but the judge blind67 when a call's query kept 48 terms instead of 32).
    expect(evaluate(calls, rank).mrr, 'MRR@10 on blind12 to blind82 calls').to.be.at.least(0.93);
  });

  it('ranks the calls of blind84 and blind86 (new callers: slang, Singlish, buyers abroad, side questions after the problem)', () => {
    const calls = inScopeCalls('transcripts.blind84.jsonl', 'transcripts.blind86.jsonl');
    expect(calls.length).to.be.at.least(50);
    // 0.865 (blind84) and 0.955 (blind86) when they were written: blind84's judge half, 0.784, lost a hacked mailbox
    // to the customer's last question (what time it is in Spain) and a cut-off call to the agent's "no express service".
    expect(evaluate(calls, rank).mrr, 'MRR@10 on blind84 and blind86 calls').to.be.at.least(0.9);
  });

  it('ranks the calls of blind88 (problems told late, side questions, an agent declining part of a request)', () => {
    // 0.853 when written (odd lines read 0.806, even lines, the judge, 0.900); 0.894 once a term weighed the sum of its
    // turns and a closing could have six words (the judge 0.955).
    ranksBlindCalls(88, 0.88);
  });

  it('ranks the calls of blind90 (Taiwanese Mandarin, second-language English, symptoms told wrong, transfers read out)', () => {
    // 0.892 when written and after its round (odd lines read 0.867, even lines, the judge, 0.917): the calls the customer
    // opens with the wrong symptom (the rate for a withdrawal fee, a password for a phishing link) are the misses.
    ranksBlindCalls(90, 0.88);
  });

  it('ranks the calls of blind92 (Fujian, Sichuan, Dongbei and Wu Mandarin, Cantonese, buyers from India to Brazil, garbled terms, calls for the boss)', () => {
    // 0.907 when written and after its round (odd lines read 0.933, even lines, the judge, 0.880): a call whose
    // agent asks for the MT103 ends on the MT103 article, not on the payment not arrived it is about.
    ranksBlindCalls(92, 0.9);
  });

  it('ranks the calls of blind94 (Yiwu, Dongbei, Sichuan, Hunan, Shandong and Cantonese Mandarin, Taiwan and Hong Kong, buyers from the Gulf to Brazil, transfers, app messages read out)', () => {
    // 0.937 when written, 0.938 after its round (odd lines read 0.908, even lines, the judge, 0.967): a missing
    // payment whose MT103 the agent asks for still ends on the MT103 article.
    ranksBlindCalls(94, 0.93);
  });

  it('ranks the calls of blind96 (Fujian, Henan, Jiangxi, Hebei, Guangxi, Shanghai and Tianjin Mandarin, a Malaysian caller, buyers from India to the Philippines, yes-or-no questions, callbacks, codes read out)', () => {
    // 0.967 when written (odd lines read 1.000, even lines, the judge, 0.933).
    ranksBlindCalls(96, 0.95);
  });

  it('ranks the calls of blind98 (Zhejiang, Jiangsu, Hubei, Anhui, Shaanxi, Yunnan and Beijing Mandarin, Cantonese, buyers from Romania to Saudi Arabia, the agents\' playbooks, problems only the agent finds)', () => {
    // 0.875 when written (odd lines read 0.906, even lines, the judge, 0.844): a held payment whose caller ends
    // with "那你们快点" ends on the review-time article, a lookalike supplier email on the payout article.
    ranksBlindCalls(98, 0.86);
  });

  it('ranks the calls of blind100 (elderly owners who wander, angry customers, a phone handed to the accountant, messages read out, a second problem after the first)', () => {
    // 0.903 when written and after its round (odd lines read 0.889, even lines, the judge, 0.917): an old man's thanks
    // that praise us against his bank ("你们这个比银行好") end a shortfall call on the exchange rate article; its wrong
    // number about a bill of lading ("我们这里是鲸帆跨境收付款的客服 不是物流公司") is a decline.
    // 0.89 until a far surer second hit went first (promoteSurer, 2026-12-07): 0.889.
    ranksBlindCalls(100, 0.885);
  });

  it('ranks the calls of blind102 (Sichuan, north-eastern, Fujian and Hunan accents, transfers mid-story, callbacks with a case number, news second-hand, slang)', () => {
    // 0.967 when written (odd lines read 1.000, even lines, the judge, 0.923); 0.950 after its round: a held payment
    // whose agent asks for a waybill now ends on the trade documents article.
    ranksBlindCalls(102, 0.94);
  });

  it('ranks the calls of blind104 (English on the English line, Mandarin and English mixed, Wu Mandarin written a word at a time, brief callers, paying suppliers abroad)', () => {
    // 0.886 when written (odd lines read 0.867, even lines, the judge, 0.906); 0.903 once Wu words read as Mandarin.
    ranksBlindCalls(104, 0.89);
  });

  it('ranks the calls of blind106 (hacked mailboxes, login alerts, phishing, a lost phone, a cashier who left with the login, noisy speech-to-text, drivers in a hurry, English-speaking buyers)', () => {
    // 0.939 when written and after its round (odd lines read 1.000, even lines, the judge, 0.892); its out-of-scope calls
    // not confident 4 → 6 of 6 (an Amazon store's frozen funds, which the agent cannot intervene in).
    ranksBlindCalls(106, 0.93);
  });

  it('ranks the calls of blind108 (Taiwanese and Malaysian callers, withdrawals and fees, numbers read out and misheard, callers wrong about their problem, a follow-up on another topic)', () => {
    // 0.933 when written (odd lines read 0.911, even lines, the judge, 0.956); 0.956 after the session's rounds.
    ranksBlindCalls(108, 0.93);
  });

  it('ranks the calls of blind110 (Chaoshan and Wenzhou callers, sourcing agents, an interpreter relaying, sensitive trades, a small question before the real problem)', () => {
    // 0.961 when written and after its round (odd lines read 0.962, even lines, the judge, 0.961); its out-of-scope calls
    // not confident 3 → 4 of 6 (export credit insurance: 我们这边没有保险产品).
    ranksBlindCalls(110, 0.95);
  });

  it('ranks the calls of blind112 (Guangxi and Yunnan border traders, a son or daughter for a parent, noisy factory floors, the real problem told late)', () => {
    // 0.933 when written and after its round (odd lines read 0.900, even lines, the judge, 0.967); its out-of-scope calls
    // not confident 5 → 6 of 6 (a freight company's wrong number: 我们是做跨境收款付款的 不做货运和物流).
    // 0.917 since the surest turn weighs at least 0.6 (TURN_WEIGHTS.surest).
    ranksBlindCalls(112, 0.91);
  });

  it('ranks the calls of blind114 (Shandong and Henan callers, follow-ups of a ticket, callers who take us for a bank or a marketplace, hurried callers, foreign staff in English)', () => {
    // 0.894 when written and after its round (odd lines read 0.962, even lines, the judge, 0.843).
    ranksBlindCalls(114, 0.89);
  });

  it('ranks the calls of blind116 (Hakka, Hokkien, Jiangxi and Anhui accents, drivers on speaker, callers threatening the regulator, two questions in a row)', () => {
    // 0.867 when written and after its round (odd lines read 0.868, even lines, the judge, 0.865).
    ranksBlindCalls(116, 0.86);
  });

  it('ranks the calls of blind118 (north-western traders with Central Asian and Russian buyers, Russian and Uyghur words, tickets followed up, the buyer in the room)', () => {
    // 0.868 when written and after its round (odd lines read 0.845, even lines, the judge, 0.888).
    ranksBlindCalls(118, 0.86);
  });

  it('ranks the calls of blind120 (Wu-accented Shanghai, Hangzhou and Ningbo callers, emotional callers, calls for an overseas buyer, transfers from another department, self-corrections)', () => {
    // 0.922 when written and after its round (odd lines read 0.910, even lines, the judge, 0.931); 0.900 since the recall
    // article's "金额打错了，已经汇出去了" (blind147's round: +3 right first over every set, two of this set's closings lost).
    ranksBlindCalls(120, 0.895);
  });

  it('ranks the calls of blind122 (Cantonese callers of Guangzhou, Foshan and Shenzhen, Hong Kong owners in English, elderly bosses who mishear, long identity checks, security scares)', () => {
    // 0.950 when written, 0.961 after its round (odd lines read 0.941 → 0.931, even lines, the judge, 0.962 → 1.000).
    ranksBlindCalls(122, 0.955);
  });

  it('ranks the calls of blind124 (Sichuan and Chongqing callers, angry about money stuck, elderly owners who repeat themselves, a bad line from a car, an Indian buyer\'s accountant)', () => {
    // 0.900 when written and after its round (odd lines read 0.938, even lines, the judge, 0.857).
    ranksBlindCalls(124, 0.895);
  });

  it('ranks the calls of blind126 (Fuzhou and Putian makers with Min accents, callers who first ask about something else, a bank\'s notice read out word by word, a German buyer\'s clerk)', () => {
    // 0.967 when written and after its round (odd lines read 0.933, even lines, the judge, 1.000).
    ranksBlindCalls(126, 0.96);
  });

  it('ranks the calls of blind128 (Guangxi and Hainan accents, callers transferred twice, amounts corrected, two questions in a call, Australian bookkeepers, a Thai buyer\'s staff; a judge only, nobody read it)', () => {
    // 0.906 when written (against ee08d97) and at the end of its round.
    ranksBlindCalls(128, 0.9);
  });

  it('ranks the calls of blind130 (Linyi, Weifang and Hebei callers, whispering from an office or shouting on a market floor, a child translating, fee complaints, a Kenyan buyer\'s finance officer, a friend\'s problem)', () => {
    // 0.939 when written, 0.956 after its round (odd lines read 1.000, even lines, the judge, 0.878 → 0.911).
    ranksBlindCalls(130, 0.95);
  });

  it('ranks the calls of blind132 (Changzhou, Wuxi and Shanghai managers speaking fast, tickets followed up, the app\'s screen described, strange phone calls, a Mexican buyer\'s staff)', () => {
    // 0.922 when written and after its round (odd lines read 0.949, even lines, the judge, 0.902).
    ranksBlindCalls(132, 0.92);
  });

  it('ranks the calls of blind134 (Chaoshan and Hakka callers, long stories, keywords only, a construction site, a Saudi buyer\'s assistant, "I read online that…"; a judge only, nobody read it)', () => {
    // 0.967 when written (against ee08d97) and at the end of its round.
    ranksBlindCalls(134, 0.96);
  });

  it('ranks the calls of blind136 (Qingdao and Yantai seafood exporters, Henan and Anhui callers, callers threatening the regulator, a German buyer\'s accountant, a second topic that matters)', () => {
    // 0.839 when written (against b76c92f) and after its round (odd lines read 0.881, even lines, the judge, 0.802).
    ranksBlindCalls(136, 0.83);
  });

  it('ranks the calls of blind138 (Xiamen and Jiangxi callers, livestream sellers\' slang, children calling for their parents, an Australian buyer, a bad line; a judge only, nobody read it)', () => {
    // 0.878 when written (against b76c92f) and at the end of its round.
    ranksBlindCalls(138, 0.87);
  });

  it('ranks the calls of blind140 (Xi\'an and Lanzhou callers, Xinjiang traders with Central Asian buyers, a UAE buyer\'s procurement officer, elderly callers without the app, error messages read out)', () => {
    // 0.900 when written (against b76c92f) and after its round (odd lines read 0.892, even lines, the judge, 0.910).
    ranksBlindCalls(140, 0.89);
  });

  it('ranks the calls of blind142 (Yunnan border traders with Myanmar and Laos buyers, Guizhou callers, a Nigerian buyer\'s staff, an accountant on the speakerphone, callers transferred from another department; a judge only, nobody read it)', () => {
    // 0.938 when written (against b76c92f) and at the end of its round.
    // 0.922 since the surest turn weighs at least 0.6 (TURN_WEIGHTS.surest).
    ranksBlindCalls(142, 0.915);
  });

  it('ranks the calls of blind144 (Tianjin and Beijing dialect words, Shanxi mining-equipment exporters, a Turkish buyer\'s finance staff, amounts and dates corrected, a friend\'s company)', () => {
    // 0.983 when written (against b76c92f) and after its round (odd lines read 1.000, even lines, the judge, 0.967).
    ranksBlindCalls(144, 0.98);
  });

  it('ranks the calls of blind146 (Zhongshan lighting makers in Cantonese-flavoured Mandarin, Hunan callers, a Polish buyer, speakerphones while driving, complaints about the wait first; a judge only, nobody read it)', () => {
    // 0.983 when written (against b76c92f) and at the end of its round.
    ranksBlindCalls(146, 0.98);
  });

  it('ranks the calls of blind148 (Bao\'an electronics makers between Cantonese and Mandarin, Guangzhou traders, an Indian buyer\'s accounts staff, tickets followed up, the agent put on hold)', () => {
    // 0.961 when written (against b76c92f) and after its round (odd lines read 1.000, even lines, the judge, 0.917).
    ranksBlindCalls(148, 0.96);
  });

  it('ranks the calls of blind150 (Harbin and Changchun callers, Inner Mongolia traders with Mongolian buyers, a Kazakh buyer\'s broken English, a child translating, a letter read out; a judge only, nobody read it)', () => {
    // 0.928 when written (against b76c92f) and at the end of its round.
    ranksBlindCalls(150, 0.92);
  });

  it('ranks the calls of blind152 (Putian and Jinjiang callers, a Vietnamese buyer\'s staff, drivers on a noisy line, callers transferred several times, a bookkeeper for her boss)', () => {
    // 0.911 when written (against cb48018) and at the end of its session (odd lines read 0.900, even lines, the judge, 0.922).
    ranksBlindCalls(152, 0.91);
  });

  it('ranks the calls of blind154 (Qingdao and Weifang seafood and farm exporters, a Korean buyer\'s staff, an unrelated question first, internet slang, figures read digit by digit; a judge only, nobody read it)', () => {
    // 0.967 when written (against cb48018) and at the end of its session.
    ranksBlindCalls(154, 0.965);
  });

  it('ranks the calls of blind156 (Wenzhou and Taizhou shoe and valve makers, a Turkish buyer\'s finance staff, callers hard of hearing, callers who first say nothing is wrong, two problems in one call)', () => {
    // 0.961 when written (against cb48018) and at the end of its session (odd lines read 0.956, even lines, the judge, 0.967).
    // 0.96 until a far surer second hit went first (promoteSurer, 2026-12-07): 0.944.
    ranksBlindCalls(156, 0.94);
  });

  it('ranks the calls of blind158 (Changsha and Zhuzhou callers, a Nigerian buyer, a warehouse\'s forklifts, payments to suppliers in Vietnam, callers afraid they were scammed; a judge only, nobody read it)', () => {
    // 0.957 when written (against cb48018) and at the end of its session; 0.951 since the currencies article named the
    // currencies it turns away (2026-12-06: one call's right article from second to third).
    ranksBlindCalls(158, 0.95);
  });

  it('ranks the calls of blind160 (Hefei and Wuhu appliance makers, a Mexican buyer\'s staff with Spanish words, amounts and dates corrected, fees to refund, fast talkers)', () => {
    // 0.894 when written (against cb48018) and at the end of its session (odd lines read 0.896, even lines, the judge, 0.893).
    ranksBlindCalls(160, 0.89);
  });

  it('ranks the calls of blind162 (Nanning and Pingxiang border traders, a Thai buyer\'s staff, "are you a real person" first, money sent to the wrong account, a manager asked for; a judge only, nobody read it)', () => {
    // 0.944 when written (against cb48018) and at the end of its session.
    ranksBlindCalls(162, 0.94);
  });

  it('ranks the calls of blind164 (Nanjing and Yangzhou callers, Ganzhou furniture makers, a Dutch buyer\'s payables clerk, apologising callers, the phone handed to a colleague)', () => {
    // 0.938 when written (against 94e7a13) and at the end of its session (odd lines read 0.939, even lines, the judge, 0.938).
    ranksBlindCalls(164, 0.935);
  });

  it('ranks the calls of blind166 (Fuzhou and Ningde callers, a Russian buyer\'s staff, callers at their bank\'s counter, what the bank said, a caller of few words; a judge only, nobody read it)', () => {
    // 0.944 when written (against 94e7a13) and at the end of its session.
    ranksBlindCalls(166, 0.94);
  });

  it('ranks the calls of blind168 (Kunming and Guiyang callers, a Spanish buyer\'s office, identity answered wrong first, callers in a taxi or on a bus, sample orders)', () => {
    // 0.915 when written (against 94e7a13) and at the end of its session (odd lines read 0.910, even lines, the judge, 0.919).
    // 0.877 since the surest turn weighs at least 0.6 (TURN_WEIGHTS.surest).
    ranksBlindCalls(168, 0.87);
  });

  it('ranks the calls of blind170 (Shantou and Chaozhou callers in Teochew, an Indonesian buyer\'s staff, a text from us doubted, suppliers paying others, the last agent\'s answer disputed; a judge only, nobody read it)', () => {
    // 0.957 when written (against 94e7a13) and at the end of its session; 0.951 since the review-time article's similar
    // question with 排队 (2026-12-06: one call's right article from second to third).
    ranksBlindCalls(170, 0.95);
  });

  it('ranks the calls of blind172 (Wuhan and Yichang callers, a Ghanaian buyer\'s staff, a payment sent twice, the app screen read aloud, callers who interrupt)', () => {
    // 0.961 when written (against 94e7a13) and at the end of its session (odd lines read 0.962, even lines, the judge, 0.961).
    ranksBlindCalls(172, 0.96);
  });

  it('ranks the calls of blind174 (Hangzhou and Shaoxing callers, a Pakistani buyer\'s accountant, callers who think we are their bank, amounts in another currency, how long it takes; a judge only, nobody read it)', () => {
    // 0.939 when written (against 94e7a13) and at the end of its session; 0.933 since a buyer's supplier is our customer
    // (buyersSupplier.ts: one call about a missing payment, its expected article second to third, behind the MT103's).
    ranksBlindCalls(174, 0.93);
  });

  it('ranks the calls of blind176 (Xuzhou and Lianyungang callers, a Brazilian buyer\'s staff with Portuguese words, calls back after a dropped line, a fee to waive once, receiving and withdrawing mixed up)', () => {
    // 0.950 when written (against 94e7a13) and at the end of its session (odd lines read 1.000, even lines, the judge, 0.906).
    ranksBlindCalls(176, 0.945);
  });

  it('ranks the calls of blind178 (Lanzhou and Yinchuan callers, an Uzbek buyer\'s staff, an agent asked for by name, a company just bought, a news story about fraud; a judge only, nobody read it)', () => {
    // 0.967 when written (against 94e7a13) and at the end of its session.
    ranksBlindCalls(178, 0.965);
  });

  it('ranks the calls of blind180 (Ningbo and Cixi small appliances, Dongguan furniture, a Polish or Czech buyer\'s agent, an elderly owner who repeats himself, a caller driving, a previous agent\'s promise)', () => {
    // 0.961 when written (against a3e8aa6) and at the end of its session (odd lines read 0.956, even lines, the judge, 0.967).
    ranksBlindCalls(180, 0.955);
  });

  it('ranks the calls of blind182 (Xiamen and Quanzhou tea and stone in Minnan-flavoured Mandarin, Hefei and Wuhu auto parts, a German payables clerk, a noisy factory floor, a son helping his father; a judge only, nobody read it)', () => {
    // 0.933 when written (against a3e8aa6) and at the end of its session.
    ranksBlindCalls(182, 0.93);
  });

  it('ranks the calls of blind184 (Shantou and Chenghai toys in Teochew-flavoured Mandarin, Chongqing motorcycle parts, a Saudi office manager, reference numbers read aloud, two things in one call)', () => {
    // 0.950 when written (against a3e8aa6) and at the end of its session (odd lines read 0.929, even lines, the judge, 0.969).
    ranksBlindCalls(184, 0.945);
  });

  it('ranks the calls of blind186 (Jinhua and Yongkang hardware, Harbin and Suifenhe traders with Russia, a Mexican purchasing clerk, callers who take us for a bank, a date to guarantee, a poor line; a judge only, nobody read it)', () => {
    // 0.944 when written (against a3e8aa6) and at the end of its session.
    ranksBlindCalls(186, 0.94);
  });

  it('ranks the calls of blind188 (Foshan tiles and lighting in Cantonese-flavoured Mandarin, Linyi logistics-market traders, a Nigerian buyer\'s representative, a worried caller, a yes-or-no caller, the app screen read aloud)', () => {
    // 0.983 when written (against 3f0c33b) and at the end of its session (odd lines read 1.000, even lines, the judge, 0.967).
    ranksBlindCalls(188, 0.975);
  });

  it('ranks the calls of blind190 (Wenzhou and Ruian shoes and valves, Xi\'an and Baoji machinery, an Australian bookkeeper, a whole company story first, a caller who tried the app and failed, half English)', () => {
    // 0.961 when written (against 3f0c33b) and at the end of its session.
    ranksBlindCalls(190, 0.955);
  });

  it('ranks the calls of blind192 (Quanzhou and Jinjiang garments, Nanchang and Jingdezhen porcelain in Jiangxi speech, a Dutch finance assistant, a caller naming town and trade every turn, numbers asked again, a scary message; a judge only, nobody read it)', () => {
    // 0.933 when written (against 3f0c33b) and at the end of its session.
    ranksBlindCalls(192, 0.93);
  });

  it('ranks the calls of blind193 (24 of its 36 calls out of scope, each a different request: another bank\'s U-key or PIN, a marketplace\'s hold, customs, tax, a job seeker, a dispute about goods; read, and what it showed built)', () => {
    // MRR 0.833 over its 12 calls in domain when written (against 72e3259) and at the end of its session; out of scope
    // not confident 19 → 21 of 24 (what the line is for, a trade dispute we take no side in: agentDeclined.ts).
    const calls = readEvalSet(join(FIXTURES, 'transcripts.blind193.jsonl'));
    const inScope = calls.filter((c) => c.expected.length > 0);
    const outOfScope = calls.filter((c) => c.expected.length === 0);
    expect([inScope.length, outOfScope.length]).to.deep.equal([12, 24]);
    expect(evaluate(inScope, rank).mrr, 'MRR@10 on blind193 calls in domain').to.be.at.least(0.82);
    const notConfident = outOfScope.filter((c) => !assist(kb, c.transcript!, { limit: 10 }).confident).length;
    expect(notConfident, 'blind193 out-of-scope calls not confident').to.be.at.least(20);
  });

  it('ranks the calls of blind195 (Kunshan and Changzhou electronics subcontractors, Lanzhou and Urumqi traders with Central Asia, a British credit controller, a speakerphone with colleagues, a caller who takes us for SAFE, a fee and a delay at once; odd lines read, even lines the judge)', () => {
    // 0.886 when written (against e9e6745) and at the end of its session (odd lines read 0.859, even lines, the judge, 0.917).
    ranksBlindCalls(195, 0.88);
  });

  it('ranks the calls of blind197 (Taizhou moulds and pumps, Guiyang and Zunyi liquor and tea in Guizhou speech, a Canadian payables specialist, a caller hard of hearing, relatives calling for the owner, threats to call the regulator; read whole)', () => {
    // 0.958 when written (against e9e6745) and at the end of its session.
    // 0.942 since the surest turn weighs at least 0.6 (TURN_WEIGHTS.surest).
    ranksBlindCalls(197, 0.935);
  });

  it('ranks the calls of blind199 (Xiaoshan and Haining leather and warp knitting, Xingtai and Cangzhou hardware, a South African bookkeeper, a noisy restaurant, a third call about one problem, a loan asked for mid-question; a judge only, nobody read it)', () => {
    // 0.955 when written (against e9e6745) and at the end of its session.
    ranksBlindCalls(199, 0.95);
  });

  it('ranks the calls of blind201 (Jiangmen and Zhongshan lighting and kitchen appliances, Chengdu and Deyang food machinery in Sichuan speech, an Israeli procurement officer, a driver on hands-free, a caller who argues with the first answer, a complaint about the wait on hold; odd lines read, even lines the judge)', () => {
    // 0.961 when written (against 173dc9a) and at the end of its session (odd lines read 0.949, even lines, the judge, 0.971).
    // 0.955 until a far surer second hit went first (promoteSurer, 2026-12-07): 0.917.
    ranksBlindCalls(201, 0.915);
  });

  it('ranks the calls of blind203 (Nanjing and Yangzhou toothbrushes and crafts, Taiyuan and Datong mining equipment and vinegar in Shanxi speech, a Korean trade clerk, a new employee\'s checklist, a colleague\'s or sister company\'s account, numbers in English and Chinese; a judge only, nobody read it)', () => {
    // 0.907 when written (against 173dc9a) and at the end of its session.
    ranksBlindCalls(203, 0.9);
  });

  it('ranks the calls of blind205 (Putian and Quanzhou shoes and garments in Fujian speech, Kunming and Dali flowers and coffee in Yunnan speech, a Polish wholesaler\'s accountant, a bad line in a car park, two accounts of one caller, a demand for compensation; odd lines read, even lines the judge)', () => {
    // 0.928 when written (against a70abe8) and at the end of its session (odd lines read 0.949, even lines, the judge, 0.912).
    ranksBlindCalls(205, 0.92);
  });

  it('ranks the calls of blind207 (Changsha and Zhuzhou rail parts and fireworks in Hunan speech, Zhengzhou and Luoyang wigs and bearings in Henan speech, a Mexican importer\'s bookkeeper, a caller translating for her boss, a caller quoting the help centre, demands for the agent\'s employee number; a judge only, nobody read it)', () => {
    // 0.983 when written (against a70abe8) and at the end of its session; 0.967 after the similar questions of the
    // blind312 round (one call's right answer second, the retrained models' doing: the calls judges rose 0.9439 → 0.9448).
    ranksBlindCalls(207, 0.955);
  });

  it('ranks the calls of blind209 (Shenzhen Longgang drones and phone accessories, Hangzhou and Shaoxing silk in Wu speech, a Turkish importer\'s finance assistant, an elderly boss whose son takes the phone, a caller put through from another department, a caller who buys and sells abroad; odd lines read, even lines the judge)', () => {
    // 0.928 when written (against 2b5bfbb) and at the end of its session (odd lines read 0.893, even lines, the judge, 0.958).
    ranksBlindCalls(209, 0.92);
  });

  it('ranks the calls of blind211 (Fuzhou and Fuqing seafood and fishing gear in Fuzhou speech, Chongqing motorcycle parts, a Dutch payables clerk, a noisy factory floor, numbers read digit by digit, a caller switching between two problems; a judge only, nobody read it)', () => {
    // 0.874 when written (against 2b5bfbb) and at the end of its session.
    ranksBlindCalls(211, 0.865);
  });

  it('ranks the calls of blind213 (Yiwu and Jinhua Christmas decorations and hardware, Nanning and Pingxiang fruit and border trade, an Australian payables officer, a caller who half remembers and asks a colleague, an SMS that may be a scam, a caller who apologises constantly; odd lines read, even lines the judge)', () => {
    // 0.922 when written (against be4b4a6) and at the end of its session (odd lines read 0.927, even lines, the judge, 0.917).
    ranksBlindCalls(213, 0.915);
  });

  it('ranks the calls of blind215 (Dongguan and Huizhou electronics assembly in Hakka-accented Mandarin, Hefei and Anqing appliances and tea in Anhui speech, a German bookkeeper, an email read aloud, two payments of one amount on different days, a caller who wants it all in writing; a judge only, nobody read it)', () => {
    // 0.929 when written (against be4b4a6) and at the end of its session.
    ranksBlindCalls(215, 0.92);
  });

  it('ranks the calls of blind217 (Chaoshan toy makers in Teochew-accented Mandarin, Wenzhou shoe and valve factories, Kenyan and Indian buyers, an information request read aloud, an elderly owner with his daughter on the speaker; odd lines read, even lines the judge)', () => {
    // 0.927 when written (against b1218a9) and at the end of its session (odd lines read 0.891, even lines, the judge, 0.961).
    // 0.915 until a far surer second hit went first (promoteSurer, 2026-12-07): 0.904.
    ranksBlindCalls(217, 0.90);
  });

  it('ranks the calls of blind219 (Chongqing and Chengdu motorcycle parts and hotpot seasoning in Sichuan speech, Urumqi dried fruit, a Japanese buyer\'s assistant and Polish buyers, a driver with bad reception, a caller angry about a frozen account; a judge only, nobody read it)', () => {
    // 0.900 when written (against b1218a9) and at the end of its session.
    ranksBlindCalls(219, 0.89);
  });

  it('ranks the calls of blind221 (Fuzhou and Putian furniture makers, Kunming tea traders in Yunnan speech, Nigerian and Malaysian buyers, a caller talking to a colleague beside him, a caller reading numbers from a screen digit by digit; odd lines read, even lines the judge)', () => {
    // 0.912 when written (against 38da699) and at the end of its session (odd lines read 0.828, even lines, the judge, 1.000).
    ranksBlindCalls(221, 0.9);
  });

  it('ranks the calls of blind223 (Harbin and Dalian machinery and seafood in Northeastern speech, Jinjiang sportswear owners with Minnan accents, a Mexican buyer and a Singaporean finance manager, a caller who first asks about something else, a caller who fears a scam call; a judge only, nobody read it)', () => {
    // 0.959 when written (against 38da699) and at the end of its session.
    ranksBlindCalls(223, 0.945);
  });

  it('ranks the calls of blind225 (Hefei and Wuhu car parts and appliances in Anhui-accented Mandarin, Xuzhou and Lianyungang machinery, Vietnamese and Brazilian buyers, a bad line with numbers said twice, a caller who remembers the real problem at the end; odd lines read, even lines the judge)', () => {
    // 0.912 when written (against 2cf9117; odd lines read 0.891, even lines, the judge, 0.931).
    ranksBlindCalls(225, 0.9);
  });

  it('ranks the calls of blind227 (Tianjin and Beijing trading companies in Beijing speech, Shijiazhuang and Baoding luggage, Turkish and Egyptian buyers, a caller switching between Mandarin and English, a caller who insists on a manager; a judge only, nobody read it)', () => {
    // 0.934 when written (against 2cf9117).
    ranksBlindCalls(227, 0.92);
  });

  it('ranks the calls of blind229 (Meizhou and Heyuan furniture and tea in Hakka-flavoured Mandarin, Ganzhou oranges and rare earths, Indonesian and South African buyers, a polite elderly caller, a caller in a noisy factory; odd lines read, even lines the judge)', () => {
    // 0.874 when written (against 2cf9117; odd lines read 0.889, even lines, the judge, 0.856).
    ranksBlindCalls(229, 0.86);
  });

  it('ranks the calls of blind231 (Nanning and Pingxiang border traders with Vietnam, Lanzhou and Xining wool and noodle supplies, French and Bangladeshi buyers, an angry caller threatening the regulator, a colleague who keeps interrupting; a judge only, nobody read it)', () => {
    // 0.898 when written (against 2cf9117).
    ranksBlindCalls(231, 0.885);
  });

  it('ranks the calls of blind233 (Hangzhou and Shaoxing e-commerce owners, Linyi wholesale traders in Shandong speech, Peruvian and Ukrainian buyers, a caller reading error text from the screen, a caller who asks for everything twice and writes it down; odd lines read, even lines the judge)', () => {
    // 1.000 when written (against b56f95d; both halves 1.000).
    ranksBlindCalls(233, 0.985);
  });

  it('ranks the calls of blind235 (Zhengzhou and Luoyang exporters in Henan speech, Jieyang and Puning hardware makers, Filipino and Canadian buyers, three questions at once, a caller checking whether a text message is real; a judge only, nobody read it)', () => {
    // 0.928 when written (against b56f95d).
    // 0.912 since the surest turn weighs at least 0.6 (TURN_WEIGHTS.surest).
    ranksBlindCalls(235, 0.90);
  });

  it('ranks the calls of blind237 (Nantong and Changzhou home textiles, Guilin and Beihai pearls in Guangxi Mandarin, Israeli and Spanish buyers, a finance director\'s English jargon, a nervous first-time exporter; odd lines read, even lines the judge)', () => {
    // 0.865 when written (against b56f95d; odd lines read 0.896, even lines, the judge, 0.835).
    ranksBlindCalls(237, 0.85);
  });

  it('ranks the calls of blind239 (Shenyang and Anshan steel in Northeastern speech, Bengbu and Fuyang glass and wigs in Anhui speech, Moroccan and Colombian buyers, a caller eating lunch, a caller transferred twice already; a judge only, nobody read it)', () => {
    // 0.977 when written (against b56f95d).
    ranksBlindCalls(239, 0.965);
  });

  it('ranks the calls of blind241 (Quanzhou and Jinjiang shoe makers in Minnan-accented Mandarin, Chongqing exporters in Chongqing speech, Nigerian and Polish buyers, an accountant\'s precise amounts and dates, a noisy factory floor; odd lines read, even lines the judge)', () => {
    // 0.843 when written (against 9b159ad; odd lines read 0.873, even lines, the judge, 0.812); 0.904 since a buyer\'s supplier is our customer (26aca36; 0.882 and 0.927); 0.890 since the offshore article's
    // tags name more registries (a850b0b: one call about a returned payment, its right article first to second).
    ranksBlindCalls(241, 0.88);
  });

  it('ranks the calls of blind243 (Dongguan and Foshan factory owners in Cantonese-accented Mandarin, Xi\'an machinery sellers in Shaanxi speech, Kenyan and German buyers, an elderly owner who loses track, an angry caller threatening to complain; a judge only, nobody read it)', () => {
    // 0.835 when written (against 9b159ad); 0.855 since a buyer\'s supplier is our customer (26aca36).
    ranksBlindCalls(243, 0.84);
  });

  it('ranks the calls of blind245 (Kunming and Dali tea exporters in Yunnan speech, Tianjin sellers in Tianjin speech, Vietnamese and Turkish buyers, English words in Mandarin, a colleague interrupting with a second question; odd lines read, even lines the judge)', () => {
    // 0.942 when written (against 9b159ad; odd lines read 0.880, even lines, the judge, 1.000).
    ranksBlindCalls(245, 0.93);
  });

  it('ranks the calls of blind247 (Jingdezhen ceramic makers in Jiangxi-accented Mandarin, Lanzhou and Xining sellers in Northwestern speech, Indian and Brazilian buyers, an assistant relaying her boss\'s questions, a terse caller; a judge only, nobody read it)', () => {
    // 0.955 when written (against 9b159ad); 0.958 since a buyer\'s supplier is our customer (26aca36).
    ranksBlindCalls(247, 0.945);
  });

  it('ranks the calls of blind249 (Wenzhou and Yiwu traders in Wu-accented Mandarin, Harbin and Shenyang sellers in Northeastern speech, Mexican and Russian buyers, a finance manager reading out amounts and references, a caller reading a text message word by word; odd lines read, even lines the judge)', () => {
    // 0.949 when written (against f280dea; odd lines read 0.902, even lines, the judge, 1.000); 0.970 since the buyer's supplier in a Chinese city (46cfc61).
    ranksBlindCalls(249, 0.955);
  });

  it('ranks the calls of blind251 (Changsha and Hengyang exporters in Hunan speech, Hefei sellers in Anhui-accented Mandarin, Saudi and Australian buyers, a Taiwanese trader, a driver cut off by road noise; a judge only, nobody read it)', () => {
    // 0.959 when written (against f280dea).
    ranksBlindCalls(251, 0.945);
  });

  it('ranks the calls of blind253 (Nanning and Guilin exporters in Guangxi-accented Mandarin, Hangzhou silk and tea sellers, Bangladeshi and American buyers, a first-time exporter without the jargon, a caller who changes topic and comes back; odd lines read, even lines the judge)', () => {
    // 0.957 when written (against f280dea; odd lines read 0.911, even lines, the judge, 1.000); 0.985 since the buyer's supplier in a Chinese city (46cfc61).
    ranksBlindCalls(253, 0.97);
  });

  it('ranks the calls of blind255 (Shantou and Chaozhou makers in Teochew-accented Mandarin, Zhengzhou and Luoyang sellers in Henan speech, Moroccan and Korean buyers, a freight forwarder\'s clerk relaying a client, a caller who accuses us of holding the money; a judge only, nobody read it)', () => {
    // 0.970 when written (against f280dea).
    ranksBlindCalls(255, 0.955);
  });

  it('ranks the calls of blind257 (Xiamen and Zhangzhou exporters in Minnan-accented Mandarin, Jinan and Linyi sellers in Shandong speech, Egyptian and Canadian buyers, a bookkeeper reading several amounts and dates, a crying child in the background; odd lines read, even lines the judge)', () => {
    // 0.944 when written (against f280dea; odd lines read 0.931, even lines, the judge, 0.958).
    ranksBlindCalls(257, 0.93);
  });

  it('ranks the calls of blind259 (Nanjing sellers in Nanjing speech, Guiyang exporters in Guizhou speech, Peruvian and Thai buyers, a hesitant caller who restarts his sentences, a caller whose real problem comes second; a judge only, nobody read it)', () => {
    // 0.912 when written (against f280dea); 0.917 at e85caa9.
    ranksBlindCalls(259, 0.905);
  });

  it('ranks the calls of blind261 (Haikou and Zhanjiang exporters in Hainan-accented Mandarin, Taiyuan sellers in Shanxi speech, Ukrainian and Filipino buyers, a marketplace seller, a Hong Kong caller mixing Cantonese and English; odd lines read, even lines the judge)', () => {
    // 0.970 when written (against f280dea; odd lines read 0.938, even lines, the judge, 1.000).
    ranksBlindCalls(261, 0.955);
  });

  it('ranks the calls of blind263 (Urumqi and Kashgar sellers in Xinjiang Mandarin, Hohhot and Baotou exporters, Ghanaian and Spanish buyers, a lawyer calling for a client, a bad line and a caller who mishears; a judge only, nobody read it)', () => {
    // 0.940 when written (against f280dea).
    ranksBlindCalls(263, 0.925);
  });

  it('ranks the calls of blind265 (Fuzhou and Putian exporters in Fuzhou-accented Mandarin, Dalian and Dandong sellers in north-eastern speech, Kenyan and Australian buyers, a new exporter who knows none of the terms, a caller reading a bank notice word by word; odd lines read, even lines the judge)', () => {
    // 0.934 when written (against 647bd00; odd lines read 0.969, even lines, the judge, 0.902).
    ranksBlindCalls(265, 0.92);
  });

  it('ranks the calls of blind267 (Lanzhou and Xining sellers in north-western Mandarin, Suzhou and Wuxi exporters in Wu-accented Mandarin, Saudi and Polish buyers, an elderly owner who asks the agent to repeat, a finance manager; a judge only, nobody read it)', () => {
    // 0.924 when written (against 647bd00).
    ranksBlindCalls(267, 0.91);
  });

  it('ranks the calls of blind269 (Shijiazhuang and Baoding sellers in Hebei speech, Nanchang and Jingdezhen exporters, Vietnamese and Turkish buyers, a Malaysian Chinese caller mixing Malay and English, a young caller\'s internet slang; odd lines read, even lines the judge)', () => {
    // 0.945 when written (against 647bd00; odd lines read 0.900, even lines, the judge, 1.000).
    ranksBlindCalls(269, 0.93);
  });

  it('ranks the calls of blind271 (Kunming and Dali exporters in Yunnan speech, Tianjin sellers, Indian and German buyers, an angry caller who interrupts, two problems in one call; a judge only, nobody read it)', () => {
    // 0.985 when written (against 647bd00).
    ranksBlindCalls(271, 0.97);
  });

  it('ranks the calls of blind273 (Wuhan and Yichang sellers in Wuhan speech, Xi\'an and Baoji exporters in Shaanxi speech, Nigerian and British buyers, a caller spelling words in pinyin, an error message read from the app; odd lines read, even lines the judge)', () => {
    // 0.942 when written (against 0d2387c; odd lines read 0.938, even lines, the judge, 0.947); 0.958 since 收益所有人 is 受益所有人.
    ranksBlindCalls(273, 0.93);
  });

  it('ranks the calls of blind275 (Chongqing and Chengdu exporters in Sichuan speech, Ningbo and Shaoxing sellers in Ningbo speech, Russian and Mexican buyers, an accountant, a caller who answers in a word or two; a judge only, nobody read it)', () => {
    // 0.909 when written (against 0d2387c).
    ranksBlindCalls(275, 0.895);
  });

  it('ranks the calls of blind277 (Foshan and Zhongshan exporters in Cantonese-mixed Mandarin, Qingdao and Weihai sellers, Israeli and Brazilian buyers, a caller speaking only Chinglish, an assistant relaying the boss\'s questions; odd lines read, even lines the judge)', () => {
    // 0.955 when written (against 0d2387c; odd lines read 0.972, even lines, the judge, 0.933).
    ranksBlindCalls(277, 0.94);
  });

  it('ranks the calls of blind279 (Yanbian Korean-Chinese exporters, Xuzhou and Lianyungang sellers, Korean and Japanese buyers, a long story before the question, questions asked in the negative; a judge only, nobody read it)', () => {
    // 0.934 when written (against 0d2387c).
    ranksBlindCalls(279, 0.92);
  });

  it('ranks the calls of blind281 (Shanghai sellers in Shanghai speech, Meizhou and Heyuan exporters in Hakka-accented Mandarin, Chilean and Emirati buyers, a caller who puts the agent on hold to ask a colleague; odd lines read, even lines the judge)', () => {
    // 0.957 when written (against 1f2ce90; odd lines read 0.956, even lines, the judge, 0.958).
    ranksBlindCalls(281, 0.94);
  });

  it('ranks the calls of blind283 (Zigong and Yibin exporters in Sichuan speech, Tangshan and Cangzhou sellers, Sri Lankan and French buyers, two unrelated problems in one call; a judge only, nobody read it)', () => {
    // 0.894 when written (against 1f2ce90).
    ranksBlindCalls(283, 0.88);
  });

  it('ranks the calls of blind285 (Ganzhou and Jiujiang exporters, Mudanjiang and Qiqihar sellers in north-eastern speech, Ethiopian and Dutch buyers, a caller driving who speaks in short bursts; odd lines read, even lines the judge)', () => {
    // 0.985 when written (against 1f2ce90; odd lines read 0.972, even lines, the judge, 1.000).
    ranksBlindCalls(285, 0.97);
  });

  it('ranks the calls of blind287 (Lhasa and Shigatse sellers speaking Mandarin as a second language, Changzhou and Nantong exporters, Kazakh and Italian buyers, a son calling for his elderly mother; a judge only, nobody read it)', () => {
    // 0.890 when written (against 1f2ce90).
    ranksBlindCalls(287, 0.875);
  });

  it('ranks the calls of blind289 (Shenzhen electronics traders saying trade abbreviations in English, Jinhua and Yongkang exporters, South African and Greek buyers, a caller who disputes the first answer and asks again; odd lines read, even lines the judge)', () => {
    // 0.970 when first measured (at 9e71a97; odd lines read 0.969, even lines, the judge, 0.971); 0.9545 with papers
    // read as documents (one read call's right answer second to offshore companies; the typed judges gained 4 right first).
    ranksBlindCalls(289, 0.945);
  });

  it('ranks the calls of blind291 (Weifang and Yantai exporters in Shandong speech, Bengbu and Fuyang sellers, Tanzanian and Swedish buyers, a dropped line and the call started again; a judge only, nobody read it)', () => {
    // 0.965 when first measured (at 9e71a97).
    ranksBlindCalls(291, 0.95);
  });

  it('ranks the calls of blind293 (Zhuhai and Macau traders, Yancheng and Huai\'an sellers, Qatari and Norwegian buyers, a noisy line that speech-to-text mishears; odd lines read, even lines the judge)', () => {
    // 0.980 when first measured (at 9e71a97; odd lines read 0.958, even lines, the judge, 1.000).
    ranksBlindCalls(293, 0.965);
  });

  it('ranks the calls of blind295 (Beijing sellers in Beijing speech, Yulin and Wuzhou sellers, Uzbek and Argentinian buyers, account numbers and amounts read digit by digit and corrected; a judge only, nobody read it)', () => {
    // 0.949 when first measured (at 9e71a97).
    ranksBlindCalls(295, 0.935);
  });

  it('ranks the calls of blind297 (Dongying and Binzhou exporters in Shandong speech, Shaoguan and Qingyuan sellers, Malagasy and Romanian buyers, a caller who misuses the terms; odd lines read, even lines the judge)', () => {
    // 0.932 when first measured (at f43814d; odd lines read 0.922, even lines, the judge, 0.941).
    ranksBlindCalls(297, 0.915);
  });

  it('ranks the calls of blind299 (Changzhi and Jincheng sellers in Shanxi speech, Quzhou and Lishui exporters, Jordanian and Czech buyers, an impatient caller who interrupts the identity check; a judge only, nobody read it)', () => {
    // 0.924 when first measured (at f43814d).
    ranksBlindCalls(299, 0.91);
  });

  it('ranks the calls of blind301 (Taizhou and Wenling makers in southern Wu, Jilin and Tonghua sellers, Bulgarian and Sudanese buyers, a caller back about an earlier ticket; odd lines read, even lines the judge)', () => {
    // 0.889 when first measured (at f43814d; odd lines read 0.938, even lines, the judge, 0.843).
    ranksBlindCalls(301, 0.875);
  });

  it('ranks the calls of blind303 (Anshan and Fushun sellers in Liaoning speech, Jiangmen and Kaiping sellers, Honduran and Lithuanian buyers, a new employee reading questions from her manager\'s list; a judge only, nobody read it)', () => {
    // 0.842 when first measured (at f43814d).
    ranksBlindCalls(303, 0.825);
  });

  it('ranks the calls of blind305 (Yinchuan and Shizuishan sellers in Ningxia speech, Nanchong and Suining exporters, Bolivian and Danish buyers, a caller who first complains about a previous agent; odd lines read, even lines the judge)', () => {
    // 0.985 when first measured (at cfad2a8; odd lines read 1.000, even lines, the judge, 0.971).
    ranksBlindCalls(305, 0.97);
  });

  it('ranks the calls of blind307 (Shiyan and Xiangyang makers in Hubei speech, Shangrao and Yingtan sellers, Nepali and Belgian buyers, a colleague or child taking over the phone; a judge only, nobody read it)', () => {
    // 0.976 when first measured (at cfad2a8).
    ranksBlindCalls(307, 0.96);
  });

  it('ranks the calls of blind309 (Huzhou and Jiaxing sellers, Datong and Shuozhou sellers in Shanxi speech, Angolan and Irish buyers, heavy dialect that speech-to-text renders oddly; odd lines read, even lines the judge)', () => {
    // 0.871 when first measured (at cfad2a8; odd lines read 0.902, even lines, the judge, 0.839).
    ranksBlindCalls(309, 0.855);
  });

  it('ranks the calls of blind311 (Dongguan and Huizhou finance clerks, Zibo and Weifang sellers, Kyrgyz and New Zealand buyers, a caller who asks for the figures again and the answer by email; a judge only, nobody read it)', () => {
    // 0.949 when first measured (at cfad2a8); 0.934 since Chinese digits read out are masked as a phone number (a
    // call's 尾号三六幺二 no longer among its words: its 开户 review fell to second), when every judged call set
    // together gained two right articles first.
    ranksBlindCalls(311, 0.93);
  });

  it('ranks the calls of blind313 (Putian and Xianyou makers, Baotou and Ordos sellers in Inner Mongolian speech, Ghanaian and Portuguese buyers, a caller asking where each amount and fee went; odd lines read, even lines the judge)', () => {
    // 0.909 when first measured (at d2bd985; odd lines read 0.897, even lines, the judge, 0.922); 0.912 at 0116281.
    ranksBlindCalls(313, 0.895);
  });

  it('ranks the calls of blind315 (Liuzhou and Hechi sellers, Tongling and Anqing exporters, Cameroonian and Finnish buyers, a caller repeating what a bank clerk or a friend told her; a judge only, nobody read it)', () => {
    // 0.923 when first measured (at d2bd985) and at 0116281.
    ranksBlindCalls(315, 0.905);
  });

  it('ranks the calls of blind317 (Yangjiang and Maoming exporters in Cantonese-accented Mandarin, Zhangjiakou and Chengde sellers, Panamanian and Hungarian buyers, a caller packing goods and talking to a driver; odd lines read, even lines the judge)', () => {
    // 1.000 when first measured (at d2bd985; both halves) and at 0116281.
    ranksBlindCalls(317, 0.985);
  });

  it('ranks the calls of blind319 (Xinxiang and Xuchang exporters in Henan speech, Huangshan and Xuancheng sellers, Sri Lankan and Slovak buyers, a caller with two companies who gives the wrong one first; a judge only, nobody read it)', () => {
    // 0.955 when first measured (at d2bd985); 0.970 at 0116281.
    ranksBlindCalls(319, 0.955);
  });

  it('ranks the calls of blind321 (Heze and Liaocheng makers, Zhaoqing and Yunfu sellers, Nigerian and Latvian buyers, a caller who starts mid-story; odd lines read, even lines the judge)', () => {
    // 0.965 when first measured (at 6d223f0; odd lines read 1.000, even lines, the judge, 0.931) and at 0116281.
    ranksBlindCalls(321, 0.95);
  });

  it('ranks the calls of blind323 (Zhanjiang and Beihai exporters, Hohhot and Chifeng sellers, Tunisian and Estonian buyers, a caller who runs sentences together without pauses; a judge only, nobody read it)', () => {
    // 0.939 when first measured (at 6d223f0) and at 0116281.
    ranksBlindCalls(323, 0.925);
  });

  it('ranks the calls of blind325 (Yueqing and Ruian makers in Wenzhou-accented Mandarin, Kaifeng and Shangqiu sellers, Jamaican and Croatian buyers, a caller who pauses and fills (嗯, 那个, um, like); odd lines read, even lines the judge)', () => {
    // 0.918 when first measured (at 6d223f0; odd lines read 0.908, even lines, the judge, 0.926) and at 0116281.
    ranksBlindCalls(325, 0.9);
  });

  it('ranks the calls of blind327 (Shaoyang and Loudi sellers in Hunan speech, Jiamusi and Hegang traders, Omani and Slovenian buyers, a caller who gives wrong details first and corrects them; a judge only, nobody read it)', () => {
    // 0.924 when first measured (at 6d223f0) and at 0116281.
    ranksBlindCalls(327, 0.91);
  });

  it('ranks the calls of blind329 (Jingjiang and Taixing makers, Guangyuan and Bazhong sellers in Sichuan speech, Salvadoran and Maltese buyers, a caller who asks whether the call is recorded and what the agent can promise; odd lines read, even lines the judge)', () => {
    // 1.000 when first measured (at a9c5c8a; both halves) and at 1b4c6b1.
    ranksBlindCalls(329, 0.985);
  });

  it('ranks the calls of blind331 (Anxi and Dehua exporters in Minnan-accented Mandarin, Jiaozuo and Pingdingshan sellers, Namibian and Luxembourg buyers, a caller describing the app\'s screen step by step; a judge only, nobody read it)', () => {
    // 0.985 when first measured (at a9c5c8a) and at 1b4c6b1.
    ranksBlindCalls(331, 0.97);
  });

  it('ranks the calls of blind333 (Chaozhou and Raoping makers in Teochew-accented Mandarin, Daqing and Suihua sellers, Trinidadian and Cypriot buyers, a caller with what-if questions before the real one; odd lines read, even lines the judge)', () => {
    // 0.965 when first measured (at a9c5c8a; odd lines read 0.958, even lines, the judge, 0.971) and at 1b4c6b1.
    ranksBlindCalls(333, 0.95);
  });

  it('ranks the calls of blind335 (Zunyi and Tongren sellers in Guizhou speech, Weihai and Rizhao exporters in Jiaodong speech, Congolese and Uruguayan buyers, a caller for a friend or relative who owns the business; a judge only, nobody read it)', () => {
    // 0.914 when first measured (at a9c5c8a) and at 1b4c6b1.
    ranksBlindCalls(335, 0.9);
  });

  it('ranks the calls of blind337 (Shengzhou and Zhuji makers, Yulin and Yan\'an sellers, Kenyan and Swiss buyers, a suspicious caller who was scammed before; odd lines read, even lines the judge)', () => {
    // 0.902 when first measured (at 57ee97d; odd lines read 0.922, even lines, the judge, 0.880) and at e99b244.
    ranksBlindCalls(337, 0.885);
  });

  it('ranks the calls of blind339 (Jinhua and Lanxi sellers, Mianyang and Deyang makers, Bahraini and Icelandic buyers, a caller who wants the one thing to do and to hang up; a judge only, nobody read it)', () => {
    // 0.914 when first measured (at 57ee97d) and at e99b244.
    ranksBlindCalls(339, 0.9);
  });

  it('ranks the calls of blind341 (Shishi and Nan\'an exporters in Minnan-accented Mandarin, Tieling and Fuxin sellers, Mauritian and Austrian buyers, dialect numbers in speech-to-text; odd lines read, even lines the judge)', () => {
    // 0.929 when first measured (at 57ee97d; odd lines read 0.935, even lines, the judge, 0.922) and at e99b244.
    ranksBlindCalls(341, 0.915);
  });

  it('ranks the calls of blind343 (Hengshui and Xingtai sellers, Lishui and Longquan makers, Senegalese and Welsh buyers, a caller comparing two payments\' fees; a judge only, nobody read it)', () => {
    // 0.936 when first measured (at 57ee97d) and at e99b244.
    ranksBlindCalls(343, 0.92);
  });

  it('ranks the calls of blind345 (Danyang and Changshu makers, Tianshui and Wuwei sellers, Ecuadorian and Ivorian buyers, a caller answering in fragments, interrupted by co-workers; odd lines read, even lines the judge)', () => {
    // 0.919 when first measured (at 71269ae; odd lines read 0.882, even lines, the judge, 0.958); 0.934 at 3bb6f98.
    ranksBlindCalls(345, 0.9);
  });

  it('ranks the calls of blind347 (Longyan and Sanming sellers, Dezhou sellers, Cambodian and Lao buyers, an elderly owner on speakerphone whose daughter cuts in; a judge only, nobody read it)', () => {
    // 0.904 when first measured (at 71269ae); 0.904 at 3bb6f98.
    ranksBlindCalls(347, 0.885);
  });

  it('ranks the calls of blind349 (a Tainan-born manager in Kunshan, Golmud and Haidong sellers, Greek and Omani buyers, a finance assistant reading bank messages aloud; odd lines read, even lines the judge)', () => {
    // 0.949 when first measured (at 71269ae; odd lines read 1.000, even lines, the judge, 0.896); 0.949 at 3bb6f98.
    ranksBlindCalls(349, 0.93);
  });

  it('ranks the calls of blind351 (Zhangye and Jiuquan sellers, Yangzhou and Gaoyou exporters, Finnish and Tunisian buyers, an angry caller threatening to complain; a judge only, nobody read it)', () => {
    // 0.939 when first measured (at 71269ae); 0.939 at 3bb6f98.
    ranksBlindCalls(351, 0.92);
  });

  it('ranks the calls of blind353 (Suqian and Siyang sellers, Luzhou exporters, Paraguayan and Yemeni buyers, a new finance hire mixing up the trade\'s words; odd lines read, even lines the judge)', () => {
    // 0.955 when first measured (at 71269ae; odd lines read 0.906, even lines, the judge, 1.000); 0.955 at 3bb6f98.
    ranksBlindCalls(353, 0.94);
  });

  it('ranks the calls of blind355 (Anshun and Liupanshui sellers, Chuzhou and Bozhou sellers, Mozambican and Ethiopian-born buyers, a caller driving on a bad line; a judge only, nobody read it)', () => {
    // 1.000 when first measured (at 71269ae); 1.000 at 3bb6f98.
    ranksBlindCalls(355, 0.985);
  });

  it('ranks the calls of blind357 (Shanwei and Lufeng sellers, Chaoyang and Jinzhou sellers, Surinamese and Fijian buyers, a caller who asks the same thing twice; odd lines read, even lines the judge)', () => {
    // 0.965 when first measured (at 71269ae; odd lines read 0.927, even lines, the judge, 1.000); 0.949 at 3bb6f98.
    ranksBlindCalls(357, 0.93);
  });

  it('ranks the calls of blind359 (Wanning and Danzhou sellers, Handan and Langfang makers, Armenian and Guatemalan buyers, a caller who wants it confirmed by email; a judge only, nobody read it)', () => {
    // 0.949 when first measured (at 71269ae); 0.949 at 3bb6f98.
    ranksBlindCalls(359, 0.93);
  });

  it('ranks the calls of blind361 (Xiaogan and Jingzhou sellers, Qujing and Yuxi sellers, Malawian and Nicaraguan buyers, a caller asking two things at once; odd lines read, even lines the judge)', () => {
    // 0.977 when first measured (at 71269ae; odd lines read 1.000, even lines, the judge, 0.958); 0.977 at 3bb6f98.
    ranksBlindCalls(361, 0.96);
  });

  it('ranks the calls of blind363 (Weinan and Tongchuan sellers, Yuncheng and Linfen sellers, Bosnian and Haitian buyers, an accountant reading reference numbers; a judge only, nobody read it)', () => {
    // 0.949 when first measured (at 71269ae); 0.949 at 3bb6f98.
    ranksBlindCalls(363, 0.93);
  });

  it('ranks the calls of blind365 (Rugao and Haian sellers, Zhangzhou sellers, Mauritanian and Belizean buyers, a caller who wants to know whose fault it was; odd lines read, even lines the judge)', () => {
    // 0.949 when first measured (at 71269ae; odd lines read 0.941, even lines, the judge, 0.958); 0.958 at 3bb6f98.
    ranksBlindCalls(365, 0.93);
  });

  it('ranks the calls of blind367 (Jiangshan and Changshan sellers, Pingyao and Jiexiu sellers, Bhutanese and Montenegrin buyers, a caller reading out the app\'s error messages; a judge only, nobody read it)', () => {
    // 0.985 when first measured (at 71269ae); 0.985 at 3bb6f98.
    ranksBlindCalls(367, 0.97);
  });

  it('ranks the calls of blind369 (Heihe and Jixi sellers in north-eastern speech, Zambian and Rwandan buyers, a bad line with numbers and names repeated and corrected; odd lines read, even lines the judge)', () => {
    // 0.960 when first measured (at f6113c9; odd lines read 0.922, even lines, the judge, 1.000); 0.960 at 055bbef.
    ranksBlindCalls(369, 0.945);
  });

  it('ranks the calls of blind371 (Sanya and Qionghai sellers in Hainan-flavoured Mandarin, Samoan and Tongan buyers, a caller driving and distracted; a judge only, nobody read it)', () => {
    // 0.892 when first measured (at f6113c9); 0.892 at 055bbef.
    ranksBlindCalls(371, 0.875);
  });

  it('ranks the calls of blind373 (Lijiang and Tengchong sellers in Yunnan speech, Georgian and Azerbaijani buyers, a warehouse manager handed the phone; odd lines read, even lines the judge)', () => {
    // 0.955 when first measured (at f6113c9; odd lines read 0.906, even lines, the judge, 1.000); 0.955 at 055bbef.
    ranksBlindCalls(373, 0.94);
  });

  it('ranks the calls of blind375 (Qitaihe coal sellers and Nyingchi herb sellers, Bruneian and Timorese buyers, a bookkeeper calling for several exporters; a judge only, nobody read it)', () => {
    // 0.919 when first measured (at f6113c9); 0.919 at 055bbef.
    ranksBlindCalls(375, 0.9);
  });

  it('ranks the calls of blind377 (Suizhou and Jingmen sellers in Hubei speech, Lesotho and Gambian buyers, a caller reading dates and amounts from a notebook; odd lines read, even lines the judge)', () => {
    // 0.924 when first measured (at ffd910d; odd lines read 0.922, even lines, the judge, 0.927); 0.929 at 055bbef.
    ranksBlindCalls(377, 0.905);
  });

  it('ranks the calls of blind379 (Turpan and Hami sellers, Fangchenggang and Qinzhou sellers in Cantonese-accented Mandarin, Liberian and Lebanese buyers, a caller angry at the queue; a judge only, nobody read it)', () => {
    // 0.878 when first measured (at ffd910d); 0.878 at 055bbef.
    ranksBlindCalls(379, 0.86);
  });

  it('ranks the calls of blind381 (Ya\'an and Panzhihua sellers in Sichuan speech, Iraqi and Argentine buyers, a caller who puts the agent on hold; odd lines read, even lines the judge)', () => {
    // 0.909 when first measured (at ffd910d; odd lines read 0.875, even lines, the judge, 0.941); 0.909 at 055bbef.
    ranksBlindCalls(381, 0.89);
  });

  it('ranks the calls of blind383 (Meishan and Ziyang sellers, Jiayuguan and Baiyin sellers in north-western speech, Scottish and Bahamian buyers, speech-to-text without pauses; a judge only, nobody read it)', () => {
    // 0.980 when first measured (at ffd910d); 0.980 at 055bbef.
    ranksBlindCalls(383, 0.965);
  });
});
