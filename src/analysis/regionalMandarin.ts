import { wordReplacer, type WordMap } from './wordReplacer.js';

/**
 * Words of northern, south-western and Wu Mandarin → standard Mandarin, on Simplified text.
 * Factory owners in Sichuan, Chongqing, Henan, Shandong and the North-east say 啥子 (什么),
 * 咋个 (怎么), 莫得 (没有), 中不中 (行不行), 搞不赢 (来不及), those of Shanghai, Jiangsu and
 * Zhejiang 阿拉 (我们), 侬 (你), 钞票 (钱), 哪能 (怎么), 好伐 (好吗), and speech-to-text writes them as
 * said: they reached the index as words no article has, counted as informative words the
 * right answer lacked (a right answer looked unsure), and 咋个 or 恁 led a call's query.
 * Mapped, they become the stop words and topic words the content is written in. Only
 * forms that mean the same wherever they appear: 整 alone (咋整, 整不明白 "do") is a stop
 * word, not 整数 or 整改, which jieba keeps whole.
 */
const WORDS: WordMap = [
  [/啥子/g, '什么'],
  [/咋个|咋子/g, '怎么'],
  [/咋(?:整|弄|搞)/g, '怎么办'],
  [/莫得/g, '没有'],
  // Guizhou's and Yunnan's 哪样 is 什么 (要哪样资料, 做哪样).
  [/哪样/g, '什么'],
  [/中不中/g, '行不行'],
  [/得不得行/g, '行不行'],
  [/得行/g, '行'],
  // Yunnan's 咯 before a verb asks (咯是你们扣掉的, 咯有到账): 是不是, 有没有; 咯 closing a clause stays a particle.
  [/咯是/g, '是不是'],
  [/咯有/g, '有没有'],
  // Hunan's and Jiangxi's 么子 is 什么 (么子原因, 为么子, UETR是么子东西), not the 么 of 什么, 怎么, 这么 or 那么.
  // Not Hubei's 么事, 么斯 (什么) and 么样 (怎么): tried twice, judged sets moved both ways.
  [/(?<![什怎这那多要])么子/g, '什么'],
  [/搞不赢/g, '来不及'],
  // 一哈 is 一下 in Sichuan, Hubei and Hunan (等一哈, 查一哈), not 哈密, 哈尔滨 or 哈萨克斯坦 after 一.
  [/一哈(?![密尔萨])/g, '一下'],
  [/晓得/g, '知道'],
  // A north-eastern intensifier before an adjective: 贼慢 is 很慢 (not 盗贼, a thief).
  [/贼(?=[慢快多少贵难烦急])/g, '很'],
  [/信儿/g, '消息'],
  // 凭啥 is why (凭什么), said to complain; Wu 几钿 is how much (几钿一块: how much to the dollar).
  [/凭啥|凭什么/g, '为什么'],
  [/几钿/g, '多少钱'],
  // 木有 is 没有 (not 红木, 实木 before 有); Southern Min's 无 before seeing or finding is 没 (无看着, not
  // 虚无); then 没看着 is 没看到 (着 as the result, northern).
  [/(?<![红实原杉松樟楠橡桃柚枣积树草灌林乔麻])木有/g, '没有'],
  [/(?<![一虚全])无(?=[看找收见][着到])/g, '没'],
  [/(?<=没有?)([看找收见])着/g, '$1到'],
  // 收不着, 找不着, 查不着 are 收不到, 找不到, 查不到 (northern 着 as the result), as 没收着 is 没收到 above; not 睡不着.
  [/([看找收见查拿])不着/g, '$1不到'],
  // 没见 (到) is 没看到 (一分没见, 没见到钱), not 没见过 or 没见面.
  [/(?<=没有?)见(?!到?[过面识])到?/g, '看到'],
  // Northern times of day: 头晌 the morning, 后晌 the afternoon, 今黑 tonight.
  [/头晌|前晌|上半晌/g, '上午'],
  [/后晌|下半晌/g, '下午'],
  [/今(?:儿)?黑(?:儿|价|了)?(?=[就再去能会还可把,，。\s]|$)/g, '今晚'],
  // Northern days: 今儿个, 昨儿, 明儿个 are 今天, 昨天, 明天 (today's rate, yesterday's transfer).
  [/([今昨明])儿(?:个)?(?!童|子)/g, '$1天'],
  // Wu (Shanghai, southern Jiangsu, northern Zhejiang): 阿拉 is 我们, not the 阿拉 of 阿拉伯, 阿拉斯加,
  // 阿拉木图 or 阿拉丁; 明朝 tomorrow (also the Ming dynasty, which no caller asks about; 今朝 is
  // read as Cantonese, this morning); 伐 closing a clause asks (晓得伐, 好伐, 放伐: 吗), not 采伐 or 步伐.
  [/阿拉(?![伯斯木丁善])/g, '我们'],
  [/侬/g, '你'],
  [/钞票/g, '钱'],
  [/哪能/g, '怎么'],
  [/啥个/g, '什么'],
  [/搿/g, '这'],
  [/明朝/g, '明天'],
  [/下半天/g, '下午'],
  [/上半天/g, '上午'],
  [/辣海/g, '在'],
  [/覅/g, '不要'],
  // 勿 before 是, 过, 好, 会, 要, 能, 来 or 晓得 is Wu's 不 (刷勿过 fails the check, 讲勿是本人 says it is not
  // him), not the written "do not" of 请勿, 切勿, 勿忘, nor of an article's own internal markers (勿告知客户,
  // 勿外传, 勿对外: lintArticles.ts and sectionKind.ts look for them in normalised text).
  [/(?<![请切])勿(?=[是过好会要能来]|晓得)/g, '不'],
  // Southern Wu (Taizhou, Wenzhou, Shaoxing) says 弗 for 不: before a verb (弗想, 弗晓得, 能弗能) or closing a
  // clause (能退弗: 吗, below). Not in names heard in other languages (弗兰克, 弗吉尼亚, 杰弗里, 弗雷德), whose next
  // characters are none of these.
  [/弗(?=[是过好会要能来想晓知用跟讲搭对行可得到收够肯敢懂记认])|(?<=[\u4e00-\u9fff])弗(?=\s*(?:$|[,，。?？!！\s]))/g, '不'],
  // Southern Min (Hokkien, Teochew; Quanzhou, Zhangzhou, Chaoshan): 伊讲 he says, 做呢 how, 按呢 like
  // this, 下昼 the afternoon (also Cantonese); 无看着 (not seen) above. 伊 alone stays: 伊朗, 伊拉克.
  [/伊(?=[讲说])/g, '他'],
  [/做呢/g, '怎么'],
  [/按呢/g, '这样'],
  [/下昼/g, '下午'],
  // Eastern Min (Fuzhou, Fuqing): 伓 is 不 (伓要, 要伓要), a character Mandarin has no other use for.
  [/伓/g, '不'],
  // North-western Mandarin (Gansu, Qinghai, Ningxia): 阿么 and 阿门 are 怎么 (阿门回事), 阿扎 is 哪里, 麻达 a
  // problem (没麻达: fine), 不得成 不行, 嫑 不要, 呢么 before an amount 这么 (呢么点钱). Not 阿扎尔 (a name), nor 阿门 closing
  // a prayer, which no caller says before 回事, 办 or a verb.
  [/阿[么门](?=[回办弄搞处说讲是个整样])/g, '怎么'],
  [/阿扎(?!尔)/g, '哪里'],
  [/麻达/g, '问题'],
  [/不得成/g, '不行'],
  [/嫑/g, '不要'],
  [/呢么(?=[点多少大小贵慢快久长])/g, '这么'],
  [/(?<![采砍步征讨杀攻])伐(?=\s*(?:$|[,，。?？!！\s]))/g, '吗'],
  // 不 closing a clause asks (能到不, 晚上有人不, 能收卢布不: 吗), not after 说, 就, 还 or 也 (我说不).
  [/(?<=[\u4e00-\u9fff])(?<![说就还也都偏决绝并从是])不(?=\s*(?:$|[,，。?？!！\s]))/g, '吗'],
];

export const regionalToMandarin = wordReplacer(WORDS);
