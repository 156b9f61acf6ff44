from tools.gold.spec import Seed
SEED = Seed(stem="002_168bef1ba08e84db", entities=(), quotes=(), claims=())
